/**
 * The MQTT topics of the wire protocol (DESIGN.md): one tree per post, so a broker ACL can
 * key every permission on the post's identity (`outpost/v1/%u/#` in Mosquitto).
 */
export const TOPIC_ROOT = 'outpost/v1';

export type PostTopicKind = 'up' | 'ack' | 'state' | 'cmd';

export function postTopic(postId: string, kind: PostTopicKind): string {
  return `${TOPIC_ROOT}/${postId}/${kind}`;
}

/** Every post's topic of one kind, for the centre's subscriptions. */
export function allPostsTopic(kind: PostTopicKind): string {
  return `${TOPIC_ROOT}/+/${kind}`;
}

/** The post id and kind a topic names, or undefined when it is not one of ours. */
export function parsePostTopic(topic: string): { postId: string; kind: PostTopicKind } | undefined {
  const parts = topic.split('/');
  if (parts.length !== 4 || `${parts[0]}/${parts[1]}` !== TOPIC_ROOT) return undefined;
  const [, , postId, kind] = parts as [string, string, string, string];
  if (postId === '' || !(kind === 'up' || kind === 'ack' || kind === 'state' || kind === 'cmd')) return undefined;
  return { postId, kind };
}
