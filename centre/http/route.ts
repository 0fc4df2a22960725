import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Caller } from '../access/http-auth.js';
import type { HttpApiParts } from '../http-api.js';
import type { Role } from '../store.js';
import type { ResponseName } from './responses.js';

export interface RouteContext<Query, Params, Body> {
  request: FastifyRequest;
  reply: FastifyReply;
  query: Query;
  params: Params;
  body: Body;
  /** Undefined only on public routes. */
  caller: Caller | undefined;
  parts: HttpApiParts;
  /** The security headers every answer carries. */
  headers: Record<string, string>;
}

/** A JSON answer (status 200 unless given), bytes of a type (a picture), or `streamed` when the route wrote the raw response itself. */
export type Answer = { body: unknown; status?: number; headers?: Record<string, string> | undefined } | { bytes: Buffer; type: string; headers: Record<string, string> } | 'streamed';

interface RouteSpec<Query extends z.ZodType, Params extends z.ZodType, Body extends z.ZodType> {
  method: 'GET' | 'POST';
  /** fastify's pattern, `:name` for a path part; the OpenAPI document writes it `{name}`. */
  url: string;
  /** The least role that may call it; `public` needs no session (login, the OpenAPI document). */
  role: Role | 'public';
  summary: string;
  /** The 200 answer's shape: a name from responses.ts, `name[]` for a list, a stream, a picture, or the OpenAPI document. */
  response: ResponseName | `${ResponseName}[]` | 'stream' | 'picture' | 'document';
  /** The status of a success when not 200 (201 for what a POST creates). */
  status?: number | undefined;
  query: Query;
  params?: Params | undefined;
  body?: Body | undefined;
  /** The largest body accepted, bytes (default MAX_BODY_BYTES, 16 KiB). */
  bodyLimit?: number | undefined;
  handle(context: RouteContext<z.output<Query>, z.output<Params>, z.output<Body>>): Promise<Answer>;
}

export type Route = RouteSpec<z.ZodType, z.ZodType, z.ZodType>;

/** A route, its handler typed by its schemas (the table holds them erased). */
export function route<Query extends z.ZodType, Params extends z.ZodType, Body extends z.ZodType>(spec: RouteSpec<Query, Params, Body>): Route {
  return spec as unknown as Route;
}
