/** `isms/rules`: the rules as the client's "Open rule documentation" picker lists them. */
import type { RuleDoc } from '../common/protocol';
import { RULES, ruleDocUrl } from '../core/rules';

export function ruleDocs(): RuleDoc[] {
  return RULES.map((r) => ({ code: r.code, name: r.name, description: r.description, clause: r.clause, url: ruleDocUrl(r.code) }));
}
