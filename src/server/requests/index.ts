/**
 * Every custom request of the ISMS language server, in one place: the table below maps each method of
 * the protocol's request map (src/common/protocol.ts) to its module, and the compiler holds the two
 * together — a method without a handler, or a handler of the wrong shape, does not build.
 */
import { RequestType, RequestType0, type Connection } from 'vscode-languageserver/node';
import type { RequestHandler as LspHandler, RequestHandler0 as LspHandler0 } from 'vscode-languageserver/node';
import type { IsmsRequestMethod } from '../../common/protocol';
import { calendarRequest } from './calendar';
import type { RequestContext, RequestHandler } from './context';
import { controlsRequest } from './controls';
import { computeEditRequest } from './edit';
import { exportRequest } from './export';
import { auditPlanRequest, findingsWithoutCaRequest, recordsRequest } from './pickers';
import { rulesRequest } from './rules';
import { statusRequest } from './status';
import { treeRequest } from './tree';

export type { RequestContext, RequestHandler, Workspaces } from './context';

export const REQUEST_HANDLERS: { readonly [M in IsmsRequestMethod]: RequestHandler<M> } = {
  'isms/tree': treeRequest,
  'isms/status': statusRequest,
  'isms/findingsWithoutCa': findingsWithoutCaRequest,
  'isms/records': recordsRequest,
  'isms/auditPlan': auditPlanRequest,
  'isms/computeEdit': computeEditRequest,
  'isms/calendar': calendarRequest,
  'isms/export': exportRequest,
  'isms/rules': rulesRequest,
  'isms/controls': controlsRequest,
};

/** How the server runs a handler: it logs an exception and answers the fallback instead. */
export type Guard = <P extends unknown[], R>(name: string, fallback: R, fn: (...args: P) => R | Promise<R>) => (...args: P) => Promise<R>;

/** Registers every handler; `contextFor` settles what the handler waits for and returns the context to answer from. */
export function registerRequests(
  connection: Pick<Connection, 'onRequest'>,
  contextFor: (waitFor: RequestHandler<IsmsRequestMethod>['waitFor']) => Promise<RequestContext>,
  guard: Guard,
): void {
  for (const method of Object.keys(REQUEST_HANDLERS) as IsmsRequestMethod[])
    register(REQUEST_HANDLERS[method] as RequestHandler<IsmsRequestMethod>);

  // the map's typing pairs each method with its handler; on the wire a handler's params and result are erased
  function register(handler: RequestHandler<IsmsRequestMethod>): void {
    const answer = async (params: unknown): Promise<unknown> => handler.handle(params as never, await contextFor(handler.waitFor));
    if (handler.noParams) {
      // the handler's first argument would be the cancellation token
      const handle: LspHandler0<unknown, void> = guard(handler.method, handler.fallback as unknown, () => answer(undefined));
      connection.onRequest(new RequestType0<unknown, void>(handler.method), handle);
    } else {
      // one parameter, required: a request without it is refused by the protocol layer
      const handle: LspHandler<unknown, unknown, void> = guard(handler.method, handler.fallback as unknown, answer);
      connection.onRequest(new RequestType<unknown, unknown, void>(handler.method), handle);
    }
  }
}
