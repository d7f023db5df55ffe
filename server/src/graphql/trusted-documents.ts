import fs from "node:fs";
import type { ApolloServerOptionsWithGateway, ApolloServerPlugin } from "@apollo/server";
import { type DocumentNode, execute, type ExecutionResult, type GraphQLSchema, getOperationAST, parse, validate } from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";
import { LRUCache } from "lru-cache";
import type { Logger } from "pino";
import { SESSION_COOKIE } from "../auth/auth.resolver";
import { CommonErrors } from "../shared/errors";
import { fieldsByType } from "../db/lean-read";
import type { Context } from "./context";

type Gateway = ApolloServerOptionsWithGateway<Context>["gateway"];
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway["load"]>>["executor"]>;
type GatewayRequestContext = Parameters<GatewayExecutor>[0];

/** The prefix Apollo Server puts before a hash when it reads the persisted-query cache. */
const APQ_PREFIX = "apq:";

/** Compiled operations kept at most: the web app has a few hundred, and nothing else is compiled. */
const MAX_COMPILED = 1000;

/**
 * The web app's operations, registered at build time: graphql-codegen writes each document the
 * web app sends, keyed by the sha256 of its text, to web/src/generated/persisted-documents.json.
 * A request naming one of these hashes (the persisted-query extension) is a trusted document:
 * Apollo parses, validates and prices its text once and keeps it, and it runs compiled with
 * graphql-jit. Any other document is parsed, validated and priced like before and runs on graphql-js.
 */
export class TrustedDocuments {
  private constructor(private readonly byHash: ReadonlyMap<string, string>) {}

  /** Reads the manifest; without one (a server built without the web app) no document is trusted. */
  static load(file: string, log?: Logger): TrustedDocuments {
    if (!fs.existsSync(file)) {
      log?.warn({ file }, "no trusted documents: the web app's manifest is missing");
      return new TrustedDocuments(new Map());
    }
    const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>;
    return new TrustedDocuments(new Map(Object.entries(manifest).filter(([, text]) => typeof text === "string")));
  }

  get size(): number {
    return this.byHash.size;
  }

  /** The registered documents, hash and text. */
  entries(): IterableIterator<[string, string]> {
    return this.byHash.entries();
  }

  has(hash: string): boolean {
    return this.byHash.has(hash);
  }

  /**
   * The hash of the trusted document a request names, or undefined. A request sending the text as
   * well had it checked by Apollo against the hash, so the text run is always the registered one.
   */
  hashOf(request: { extensions?: Record<string, unknown> }): string | undefined {
    const hash = (request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
    return typeof hash === "string" && this.byHash.has(hash) ? hash : undefined;
  }

  /**
   * Apollo Server's persisted-query cache, read only: a hash finds its registered text, an
   * unknown hash without text is answered PERSISTED_QUERY_NOT_FOUND, and nothing a client sends
   * is ever added (so no request can make its own document trusted).
   */
  asPersistedQueryCache() {
    return {
      get: async (key: string) => this.byHash.get(key.startsWith(APQ_PREFIX) ? key.slice(APQ_PREFIX.length) : key),
      set: async () => {},
      delete: async () => false,
    };
  }
}

/** Whether a request is authenticated by the session cookie (a browser), not by an `Authorization: Bearer` header. */
function isBrowserSession(context: Context): boolean {
  const header = context.req.headers.authorization;
  if (header?.startsWith("Bearer ")) return false;
  return Boolean((context.req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE]);
}

/**
 * With TRUSTED_DOCUMENTS_ONLY a browser session runs only the web app's registered documents:
 * any other document is refused (FORBIDDEN, HTTP 403) after validation and before anything
 * runs. API clients with a bearer token may still send any document, priced in full.
 */
export function trustedDocumentsOnlyPlugin(trusted: TrustedDocuments, enabled: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      if (!enabled) return;
      return {
        async didResolveOperation({ request, contextValue }) {
          if (trusted.hashOf(request) === undefined && isBrowserSession(contextValue)) {
            throw CommonErrors.trustedDocumentRequired(undefined, { http: { status: 403 } });
          }
        },
      };
    },
  };
}

/** What the compiled cache holds, read by tests and the start log; nothing of it is served. */
export interface CompiledStats {
  registered: number;
  compiled: number;
}

/**
 * Runs operations for Apollo Server through its gateway interface: a trusted document is
 * compiled with graphql-jit on first use, or ahead of it by `compileAll` after the start (kept in
 * a bounded cache), and its compiled form runs on every request after; any other document runs on
 * graphql-js as usual. Both run the same served schema, so the permission map (deny by default),
 * the deadline and the input checks apply alike.
 */
export function jitGateway(schema: GraphQLSchema, trusted: TrustedDocuments) {
  const compiled = new LRUCache<string, CompiledQuery>({ max: MAX_COMPILED });
  let stopped = false;

  const runPlain = (rc: GatewayRequestContext) =>
    execute({
      schema,
      document: rc.document,
      contextValue: rc.context,
      variableValues: rc.request.variables,
      operationName: rc.operationName ?? undefined,
    });

  const compiledFor = (hash: string, document: DocumentNode, operationName: string | undefined): CompiledQuery | undefined => {
    const key = `${hash}:${operationName ?? ""}`;
    let query = compiled.get(key);
    if (!query) {
      const result = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
      if (!isCompiledQuery(result)) return undefined;
      compiled.set(key, (query = result));
    }
    return query;
  };

  /** Compiles one registered document as its first request would (Apollo names the operation), unless it does not validate. */
  const compileRegistered = (hash: string, text: string) => {
    const key = (name: string | undefined) => `${hash}:${name ?? ""}`;
    let document: DocumentNode;
    try {
      document = parse(text);
    } catch {
      return;
    }
    const operationName = getOperationAST(document)?.name?.value;
    if (compiled.has(key(operationName)) || validate(schema, document).length) return;
    compiledFor(hash, document, operationName);
  };

  const executor: GatewayExecutor = async (rc) => {
    // The loaders read the columns the operation selects on their types (db/lean-read.ts).
    rc.context.lean.fieldsByType = fieldsByType(schema, rc.document);
    const hash = trusted.hashOf(rc.request);
    const query = hash === undefined ? undefined : compiledFor(hash, rc.document, rc.operationName ?? undefined);
    if (!query) return runPlain(rc);
    const result = (await query.query(undefined, rc.context, rc.request.variables ?? {})) as ExecutionResult;
    // Variables that do not fit their types stop the operation before anything runs; graphql-js
    // words those errors as Apollo expects them (BAD_USER_INPUT), so they come from there.
    if (!("data" in result) && result.errors?.length) return runPlain(rc);
    return result;
  };

  const gateway: Gateway = {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    async stop() {
      stopped = true;
    },
  };

  return {
    gateway,
    /**
     * Compiles every registered document, one at a time with the event loop free between them
     * (setImmediate), so requests arriving meanwhile are not held up; stops when the server stops.
     */
    async compileAll(): Promise<CompiledStats & { ms: number }> {
      const started = performance.now();
      for (const [hash, text] of trusted.entries()) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (stopped) break;
        compileRegistered(hash, text);
      }
      return { ...this.stats(), ms: Math.round(performance.now() - started) };
    },
    stats(): CompiledStats {
      return { registered: trusted.size, compiled: compiled.size };
    },
  };
}
