/**
 * Every custom request of the ISMS language server, in one place: the table below maps each method of
 * the protocol's request map (src/common/protocol.ts) to its module, and the compiler holds the two
 * together — a method without a handler, or a handler of the wrong shape, does not build.
 */
import { RequestType, RequestType0, type Connection } from 'vscode-languageserver/node';
import type { IsmsRequestMethod, RequestParams, RequestResult } from '../../common/protocol';
import { calendarRequest } from './calendar';
import type { RequestContext, RequestHandler } from './context';
import { computeEditRequest } from './edit';
import { exportRequest } from './export';
import { findingsWithoutCaRequest, recordsRequest } from './pickers';
import { rulesRequest } from './rules';
import { statusRequest } from './status';
import { treeRequest } from './tree';

export type { RequestContext, RequestHandler, Workspaces } from './context';

export const REQUEST_HANDLERS: { readonly [M in IsmsRequestMethod]: RequestHandler<M> } = {
  'isms/tree': treeRequest,
  'isms/status': statusRequest,
  'isms/findingsWithoutCa': findingsWithoutCaRequest,
  'isms/records': recordsRequest,
  'isms/computeEdit': computeEditRequest,
  'isms/calendar': calendarRequest,
  'isms/export': exportRequest,
  'isms/rules': rulesRequest,
};

/** How the server runs a handler: it logs an exception and answers the fallback instead. */
export type Guard = <P extends unknown[], R>(name: string, fallback: R, fn: (...args: P) => R | Promise<R>) => (...args: P) => Promise<R>;

/** Registers every handler; `contextFor` settles what the handler waits for and returns the context to answer from. */
export function registerRequests(
  connection: Pick<Connection, 'onRequest'>,
  contextFor: (waitFor: RequestHandler<IsmsRequestMethod>['waitFor']) => Promise<RequestContext>,
  guard: Guard,
): void {
  for (const method of Object.keys(REQUEST_HANDLERS) as IsmsRequestMethod[]) register(REQUEST_HANDLERS[method]);

  function register<M extends IsmsRequestMethod>(handler: RequestHandler<M>): void {
    const answer = async (params: RequestParams<M>): Promise<RequestResult<M>> => handler.handle(params, await contextFor(handler.waitFor));
    if (handler.noParams) {
      // the handler's first argument would be the cancellation token
      connection.onRequest(
        new RequestType0<RequestResult<M>, void>(handler.method),
        guard(handler.method, handler.fallback, () => answer(undefined as RequestParams<M>)),
      );
    } else {
      // one parameter, required: a request without it is refused by the protocol layer
      connection.onRequest(
        new RequestType<RequestParams<M>, RequestResult<M>, void>(handler.method),
        guard(handler.method, handler.fallback, answer),
      );
    }
  }
}
