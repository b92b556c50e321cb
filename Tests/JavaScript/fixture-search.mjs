// The search part of check()'s options for a shared request case (Tests/Fixtures/intake, examples/*/requests),
// as RequestFixture.run gives it to the Swift checker: `suggestions`, the same articles for any query, or
// `searches`, the articles for each query (the subject and description, or one question), nothing for others.
import { suggestionQuery } from '../../themes/default/assets/js/request-form.js';

export function searchOptions(rules, request, fixture) {
  if (!fixture.searches) return { suggestions: fixture.suggestions };
  const table = fixture.searches;
  const main = suggestionQuery(rules, request);
  return { suggestions: Object.hasOwn(table, main) ? table[main] : [], questionSuggestions: table };
}
