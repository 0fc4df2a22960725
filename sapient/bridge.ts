import mqtt, { type MqttClient } from 'mqtt';
import { decodeEnvelope, toNumber, toUnsignedString, type outpost } from '../wire/index.js';
import { describeError } from '../kernel/errors.js';
import type { Logger } from '../kernel/logger.js';
import type { SapientConfig } from './config.js';
import { SapientError } from './errors.js';
import { newUlid } from './ids.js';
import { NodeIds } from './node-ids.js';
import { SapientNode } from './node.js';
import { PostView } from './post-view.js';
import { detectionReport, incidentAlert, incidentObjectId, incidentReport } from './reports.js';
import { sapient, type sapient_msg } from './messages.js';

/** Every post's uplink topic: the bridge reads what the posts send, beside the centre. */
export const UP_TOPIC = 'outpost/v1/+/up';
/** Envelopes are resent until the centre acks them; this many record keys are remembered to drop repeats. */
const SEEN_LIMIT = 50_000;
/** Detections remembered per post, for incidents and snapshots that refer to them. */
const OBJECTS_PER_POST = 5_000;

interface ReportedDetection {
  node: SapientNode;
  report: sapient_msg.bsi_flex_335_v2_0.DetectionReport.$Properties;
  timeMs: number;
}

interface PostEntry {
  view: PostView;
  nodes: Map<string, SapientNode>;
  detections: Map<string, ReportedDetection>;
}

export interface BridgeStats {
  envelopes: number;
  records: number;
  duplicates: number;
  malformed: number;
}

/**
 * The SAPIENT bridge beside the centre: a read-only consumer of the centre's broker (its own
 * client id and persistent session, so records published while it restarts wait for it) that
 * turns each post's records into SAPIENT nodes and reports. It never publishes: the centre
 * alone acks, so the bridge cannot make a post drop anything.
 */
export class SapientBridge {
  private client: MqttClient | undefined;
  private readonly posts = new Map<string, PostEntry>();
  private readonly seen = new Set<string>();
  private readonly nodeIds: NodeIds;
  readonly stats: BridgeStats = { envelopes: 0, records: 0, duplicates: 0, malformed: 0 };

  constructor(
    private readonly config: SapientConfig,
    private readonly log: Logger,
  ) {
    this.nodeIds = NodeIds.open(config.state_file);
  }

  /** Resolves once subscribed; while the broker is unreachable it keeps trying and says why. */
  async start(signal?: AbortSignal): Promise<void> {
    const { broker, client_id: clientId, username, password } = this.config;
    const client = mqtt.connect(broker, { clientId, username, password, clean: false, protocolVersion: 4, reconnectPeriod: 1000, connectTimeout: 10_000 });
    this.client = client;
    let lastProblem: string | undefined;
    client.on('error', (error) => {
      if (error.message !== lastProblem) this.log.warn({ broker, err: describeError(error) }, 'centre broker problem; retrying');
      lastProblem = error.message;
    });
    client.on('message', (topic, payload) => this.receive(topic, payload));
    await new Promise<void>((resolve, reject) => {
      signal?.addEventListener('abort', () => {
        client.end(true);
        reject(new SapientError('stopped before the bridge could subscribe', { code: 'sapient.aborted' }));
      });
      client.once('connect', () => {
        client.subscribe(UP_TOPIC, { qos: 1 }, (error, granted) => {
          if (error || (granted ?? []).some((grant) => grant.qos > 2)) {
            reject(new SapientError(`broker ${broker} refused the subscription to ${UP_TOPIC}${error ? ` (${describeError(error)})` : ''}`, { code: 'sapient.subscribe', hint: "give the bridge's client read access to outpost/v1/+/up in the broker ACL" }));
          } else resolve();
        });
      });
    });
    this.log.info({ broker, clientId, peer: this.config.peer }, 'SAPIENT bridge reading the posts');
  }

  /** The nodes made so far, by key (`post` or `post/sensor`). */
  nodes(): Map<string, SapientNode> {
    return new Map([...this.posts.values()].flatMap((post) => [...post.nodes]));
  }

  /** Handles one `up` payload: for tests and the broker alike. */
  receive(topic: string, payload: Buffer): void {
    const [, , postId] = topic.split('/');
    let envelope: outpost.v1.Envelope;
    try {
      envelope = decodeEnvelope(payload);
    } catch (error) {
      this.stats.malformed += 1;
      this.log.warn({ post: postId, err: describeError(error) }, 'malformed payload on the up topic; skipped');
      return;
    }
    this.stats.envelopes += 1;
    const store = toUnsignedString(envelope.storeId);
    for (const record of envelope.records) {
      const key = `${envelope.postId}/${store}/${toNumber(record.seq)}`;
      if (this.seen.has(key)) {
        this.stats.duplicates += 1;
        continue;
      }
      this.seen.add(key);
      if (this.seen.size > SEEN_LIMIT) this.seen.delete(this.seen.values().next().value as string);
      this.stats.records += 1;
      try {
        this.handle(envelope.postId, record);
      } catch (error) {
        this.log.error({ post: envelope.postId, seq: toNumber(record.seq), err: describeError(error) }, 'could not turn a record into SAPIENT; skipped');
      }
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.endAsync().catch(() => undefined);
    await Promise.allSettled([...this.nodes().values()].map((node) => node.stop()));
  }

  private handle(postId: string, record: outpost.v1.IRecord): void {
    const post = this.post(postId);
    const change = post.view.observe(record);
    if (change.definition) {
      this.ensureNodes(postId, post);
      for (const node of post.nodes.values()) node.definitionChanged();
    }
    if (change.status) for (const node of post.nodes.values()) node.statusChanged();
    const timeMs = toNumber(record.timeUnixMs) || Date.now();
    const radius = this.config.detection_radius_m;
    if (record.detection) {
      const node = this.nodeFor(post, record.detection.sensor ?? '');
      const report = detectionReport(post.view, record.detection, timeMs, radius);
      this.remember(post, record.detection.id ?? '', { node, report, timeMs });
      if (node.mode !== 'incidents-only') node.report({ detectionReport: report }, timeMs);
    } else if (record.incident) {
      const incident = record.incident;
      const node = this.nodeFor(post, incident.sensors?.[0] ?? '');
      const members = (incident.detectionIds ?? []).flatMap((id) => {
        const member = post.detections.get(id);
        return member === undefined ? [] : [{ nodeId: member.node.nodeId, objectId: member.report.objectId ?? '', associationType: sapient.AssociationRelation.ASSOCIATION_RELATION_CHILD }];
      });
      node.report({ detectionReport: incidentReport(post.view, incident, timeMs, radius, members) }, timeMs);
      node.report({ alert: incidentAlert(post.view, incident, timeMs, radius, node.nodeId, incidentObjectId(postId, incident, timeMs)) }, timeMs);
    } else if (record.snapshot) {
      this.linkSnapshot(postId, post, record.snapshot);
    }
  }

  /** A snapshot of a reported detection: the detection again, now with the image's URL. */
  private linkSnapshot(postId: string, post: PostEntry, snapshot: outpost.v1.ISnapshot): void {
    const template = this.config.snapshot_url;
    const detection = post.detections.get(snapshot.detectionId ?? '');
    if (template === undefined || detection === undefined) return;
    const url = template.replaceAll('{post}', encodeURIComponent(postId)).replaceAll('{detection}', encodeURIComponent(snapshot.detectionId ?? ''));
    const report = { ...detection.report, reportId: newUlid(), associatedFile: [{ type: 'image', url }] };
    detection.node.report({ detectionReport: report }, detection.timeMs);
  }

  private remember(post: PostEntry, detectionId: string, reported: ReportedDetection): void {
    post.detections.set(detectionId, reported);
    if (post.detections.size > OBJECTS_PER_POST) post.detections.delete(post.detections.keys().next().value as string);
  }

  private post(postId: string): PostEntry {
    let post = this.posts.get(postId);
    if (post === undefined) {
      post = { view: new PostView(postId, this.config.battery), nodes: new Map(), detections: new Map() };
      this.posts.set(postId, post);
      this.ensureNodes(postId, post);
    }
    return post;
  }

  /** Per post: the post's node from its first record. Per sensor: a node for each sensor seen detecting. */
  private ensureNodes(postId: string, post: PostEntry): void {
    const keys = this.config.node_ids === 'per-post' ? [[postId, undefined] as const] : [...post.view.sensors.keys()].map((sensor) => [`${postId}/${sensor}`, sensor] as const);
    for (const [key, sensor] of keys) {
      if (post.nodes.has(key)) continue;
      const node = new SapientNode({ key, nodeId: this.nodeIds.nodeIdOf(key), view: post.view, sensor, config: this.config, log: this.log });
      post.nodes.set(key, node);
      node.start();
    }
  }

  private nodeFor(post: PostEntry, sensor: string): SapientNode {
    const key = this.config.node_ids === 'per-post' ? post.view.postId : `${post.view.postId}/${sensor}`;
    const node = post.nodes.get(key) ?? post.nodes.values().next().value;
    if (node === undefined) throw new SapientError(`no SAPIENT node for ${key}`, { code: 'sapient.no_node' });
    return node;
  }
}
