import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DocumentSymbolRequest, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { dedent } from '../helpers/dedent';
import { withDraft } from './harness';
import { tree } from './symbols';

/**
 * A children's services draft with a complainant, her adult son, two grandchildren, a school and an
 * officer, written as an investigator would before anyone has checked it.
 */
const FAMILY_DRAFT = dedent(`
  Southvale Metropolitan Borough Council (24 003 118)

  Category : Children's care services > Friends and family carers

  Decision : Upheld

  Decision date : 09 Jan 2025

  The Ombudsman's final decision:

  Summary: Mrs X complained the Council did not support her when she took in her grandchildren. We found fault. The Council has agreed to apologise and pay Mrs X £500.

  The complaint

  1. The complainant, whom I shall refer to as Mrs X, cares for her grandson, B, and her granddaughter, G, under a child arrangements order.

  2. Mrs X says the Council did not assess her as a family carer, although her son, Mr Y, asked it to in 2023.

  The Ombudsman's role and powers

  3. We investigate complaints about 'maladministration' and 'service failure'. (Local Government Act 1974, sections 26(1) and 26A(1), as amended)

  How I considered this complaint

  4. I considered the information Mrs X and the Council provided.

  What I found

  5. Officer Z visited Mrs X in March 2023. B had started at School 1, and G was on its waiting list.

  6. Mr Y wrote to Officer Z twice. School 1 said B needed help with transport.

  Agreed action

  7. Within one month of the final decision, the Council has agreed to apologise to Mrs X and pay her £500.

  Final decision

  8. There was fault by the Council which caused Mrs X an injustice.

  Investigator's decision on behalf of the Ombudsman
`);

/** "line:column-line:column", 0-based as the protocol counts. */
function at(s: DocumentSymbol): string {
  return `${s.range.start.line}:${s.range.start.character}-${s.range.end.line}:${s.range.end.character}`;
}

test('the outline ends with a People group: the complainant, other adults, children, then anonymised places, each at its introduction with its mention count', async () => {
  const { client, uri } = await withDraft(FAMILY_DRAFT);
  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  assert.deepEqual(
    symbols.map((s) => s.name),
    ['Front matter', 'The complaint', "The Ombudsman's role and powers", 'How I considered this complaint', 'What I found', 'Agreed action', 'Final decision', 'People'],
  );
  const people = symbols.at(-1)!;
  assert.deepEqual(tree(people.children!), [
    'Mrs X [complainant · named 8 times]',
    'Mr Y [other adult · named 2 times]',
    'B [child · named 3 times]',
    'G [child · named 2 times]',
    'Officer Z [officer · named 2 times]',
    'School 1 [school · named 2 times]',
  ]);
  assert.deepEqual(people.children!.map(at), [
    '14:7-14:50', // "complainant, whom I shall refer to as Mrs X" in paragraph 1
    '16:82-16:86', // "Mr Y" after "her son," in paragraph 2
    '14:66-14:77', // "grandson, B"
    '14:87-14:103', // "granddaughter, G"
    '28:3-28:12', // "Officer Z" at the start of paragraph 5
    '28:59-28:67', // "School 1" later in paragraph 5
  ]);
  const end = client.document(uri).positionAt(FAMILY_DRAFT.length);
  assert.equal(at(people), `${end.line}:${end.character}-${end.line}:${end.character}`, 'the group sits at the end: listed last when sorted by position, and no sticky heading over the sections');
  await client.stop();
});
