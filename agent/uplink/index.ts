/**
 * The post's MQTT link to the centre.
 *
 *   const uplink = new Uplink({ config: post.uplink, postId: post.post.id, outbox, log, state, clock? });
 *   await uplink.start();  ...  uplink.linkVitals();  ...  await uplink.stop();
 *
 * `state` is the runtime's PostStateFacts (boot id, agent version, config hash, start time,
 * name, position getter). See uplink.ts for what the component does.
 */
export { Uplink, type UplinkOptions } from './uplink.js';
// Types only: the schema (and zod) is the config checker's, never loaded by a running agent (issue 13).
export type { UplinkConfig } from './config.js';
export { writeEnvelope, type Compression } from '../../wire/envelope-writer.js';
export { publishWireBytes } from './mqtt-framing.js';
export { postTopic, allPostsTopic, parsePostTopic, TOPIC_ROOT, type PostTopicKind } from '../../wire/topics.js';
export { connectionOptions, type MqttSecurity } from '../../wire/connection-options.js';
