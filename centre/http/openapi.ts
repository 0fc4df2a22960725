import { z } from 'zod';
import { SCHEMAS } from './responses.js';
import type { Route } from './route.js';

const ref = (name: string): Record<string, string> => ({ $ref: `#/components/schemas/${name}` });

/** A request schema as JSON Schema, as the client sends it (before the routes' transforms). */
function inputSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return json;
}

/** One OpenAPI parameter per property of a params or query schema. */
function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): Record<string, unknown>[] {
  if (schema === undefined) return [];
  const json = inputSchema(schema) as { properties?: Record<string, { description?: string }>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: where, required: where === 'path' || (json.required ?? []).includes(name), ...(description === undefined ? {} : { description }), schema: rest };
  });
}

/**
 * The OpenAPI 3.1 document of these routes, made from the same zod schemas fastify validates
 * requests with (centre/http/requests.ts) and the answers' shapes (centre/http/responses.ts).
 */
export function openApiDocument(routes: readonly Route[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const shape = route.response;
    if (!route.url.startsWith('/api/') || shape === 'document') continue;
    const content =
      shape === 'stream'
        ? { 'text/event-stream': { schema: { type: 'string' } } }
        : shape === 'picture'
          ? { 'image/*': { schema: { type: 'string', contentMediaType: 'image/*' } } }
          : { 'application/json': { schema: shape.endsWith('[]') ? { type: 'array', items: ref(shape.slice(0, -2)) } : ref(shape) } };
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    (paths[path] ??= {})[route.method.toLowerCase()] = {
      summary: route.summary,
      'x-role': route.role,
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      ...(route.body === undefined ? {} : { requestBody: { required: true, content: { 'application/json': { schema: inputSchema(route.body) } } } }),
      responses: {
        [String(route.status ?? 200)]: { description: route.status === 201 ? 'Created' : 'OK', content },
        default: { description: 'a problem', content: { 'application/problem+json': { schema: ref('problem') } } },
      },
      ...(route.role === 'public' ? { security: [] } : {}),
    };
  }
  const schemas = Object.fromEntries(Object.entries(SCHEMAS).map(([name, schema]) => [name, z.toJSONSchema(schema)]));
  return {
    openapi: '3.1.0',
    info: { title: 'Outpost centre API', version: '1' },
    components: {
      schemas,
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'outpost_session' }, token: { type: 'http', scheme: 'bearer' } },
    },
    security: [{ session: [] }, { token: [] }],
    paths,
  };
}
