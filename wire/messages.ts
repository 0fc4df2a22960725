import { outpost } from '../proto/gen/outpost.js';

/** The generated `outpost.v1` namespace: message classes and enums. */
export const v1 = outpost.v1;
export type { outpost } from '../proto/gen/outpost.js';

/** What every generated message class offers the codec. */
export interface MessageType<T = unknown> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
  verify(message: Record<string, unknown>): string | null;
  fromObject(object: Record<string, unknown>): T;
  toObject(message: T, options?: ConversionOptions): Record<string, unknown>;
}

export interface ConversionOptions {
  longs?: typeof String | typeof Number;
  enums?: typeof String;
  bytes?: typeof String;
  defaults?: boolean;
  arrays?: boolean;
  oneofs?: boolean;
}

const PACKAGE = 'outpost.v1';

function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'function' && 'decode' in value && 'encode' in value && 'toObject' in value;
}

/** Every message of the package by full name, e.g. `outpost.v1.Envelope`. */
export const messageTypes: ReadonlyMap<string, MessageType> = new Map(
  Object.entries(v1 as Record<string, unknown>).flatMap(([name, value]): [string, MessageType][] =>
    isMessageType(value) ? [[`${PACKAGE}.${name}`, value]] : [],
  ),
);

/** Accepts `outpost.v1.Envelope`, `.outpost.v1.Envelope` or `Envelope`. */
export function resolveMessageType(name: string): { fullName: string; type: MessageType } | undefined {
  const trimmed = name.replace(/^\./, '');
  const fullName = trimmed.includes('.') ? trimmed : `${PACKAGE}.${trimmed}`;
  const type = messageTypes.get(fullName);
  return type === undefined ? undefined : { fullName, type };
}
