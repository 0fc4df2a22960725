import { HttpSnapshot, type HttpSnapshotOptions } from './http-snapshot.js';
import { SourceCamera, type SourceCameraOptions } from './source-camera.js';

export interface HttpCameraOptions extends HttpSnapshotOptions, SourceCameraOptions {}

/** A camera behind an HTTP snapshot URL (`url:`). */
export class HttpCamera extends SourceCamera {
  constructor(options: HttpCameraOptions) {
    super(new HttpSnapshot(options), options);
  }
}
