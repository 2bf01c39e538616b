/** `isms/rules`: the rules as the client's "Open rule documentation" picker lists them (the client does not bundle them). */
import { RULES, ruleDocUrl } from '../../core/rules';
import type { RuleDoc } from '../../common/protocol';
import type { RequestHandler } from './context';

export const rulesRequest: RequestHandler<'isms/rules'> = {
  method: 'isms/rules',
  noParams: true,
  // the engine's rules, not the workspace's: no index needed
  waitFor: 'nothing',
  fallback: [],
  handle: () => ruleDocs(),
};

export function ruleDocs(): RuleDoc[] {
  return RULES.map((r) => ({ code: r.code, name: r.name, description: r.description, clause: r.clause, url: ruleDocUrl(r.code) }));
}
