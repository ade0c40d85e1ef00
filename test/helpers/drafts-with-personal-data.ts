/**
 * Two drafts written for the tests, unlike the house drafts the rule tables build on: a web copy with
 * curly apostrophes and restarting numbers, and a continuously numbered draft. Each carries pseudonym
 * slips and every kind of personal data.
 */
import { dedent } from './dedent';

/** A safeguarding complaint: a complainant's title drifts, a child is given a title, her father's letter is given to the GP. */
export const SAFEGUARDING = dedent(`
  Riverside City Council (24 011 207)

  Category : Adult care services > Safeguarding

  Decision : Upheld

  Decision date : 17 Feb 2025

  The Ombudsman’s final decision:

  Summary: Mrs X complained the Council did not properly investigate her concerns about the care home where her father lived. We found fault. The Council has agreed to apologise and pay Mrs X £300.

  The complaint

    1. I have called the complainant Mrs X. She complains the Council did not investigate her safeguarding concerns about her father, Mr Y, while he lived at Care Home 1.
    2. Mrs X says the Council’s officer, Karen Whitlock, told her the concerns were closed without speaking to her.

  The Ombudsman’s role and powers

    1. We investigate complaints about ‘maladministration’ and ‘service failure’. (Local Government Act 1974, sections 26(1) and 26A(1), as amended)

  How I considered this complaint

    1. I considered the information Mrs X and the Council provided. Mrs X can be reached on 07700 900123 or at j.smith@example.co.uk.

  What I found

  What happened

    1. Mr Y moved into Care Home 1, 14 Larkspur Avenue, Riverside RV4 2DP, in January 2023. His date of birth is 03/06/1938 and his NHS number is 943 476 5919.
    2. In March 2023 Mrs X’s granddaughter, G, visited and found bruising on Mr Y’s arm. Miss G told staff.
    3. Ms X raised a safeguarding concern. The police crime reference 44/19283/23 was given to her.
    4. Mr X, her husband, also wrote to the Council. His National Insurance number is JT 48 29 17 B.
    5. The Council’s safeguarding manager, Mr Patel, closed the concern in April 2023 after speaking to Officer Z at the home.
    6. Mrs X complained. Dr Y, the home’s GP, told the Council Mr Y had no injuries.

  Analysis

    1. The Council closed the concern without speaking to Mrs X or G. That was fault.

  Agreed action

    1. Within one month of the final decision, the Council has agreed to apologise to Mrs X and pay her £300.

  Final decision

    1. There was fault by the Council which caused Mrs X an injustice.

  Investigator’s decision on behalf of the Ombudsman
`);

/** A homelessness complaint: the complainant's wife and daughter are given his letter. */
export const HOMELESSNESS = dedent(`
  Kingsmoor District Council (23 019 664)

  Category : Housing > Homelessness

  Decision : Not upheld

  Decision date : 30 Apr 2024

  The Ombudsman's final decision:

  Summary: Mr D complained the Council did not help his family when they were threatened with homelessness. We did not find fault in how the Council dealt with his application.

  The complaint

  1. The complainant, whom I shall refer to as Mr D, complains the Council delayed his homelessness application and did not offer his family suitable interim accommodation.

  2. Mr D lives with his wife, Mrs D, and his daughter, D, who is nine.

  The Ombudsman's role and powers

  3. We investigate complaints about 'maladministration' and 'service failure'. (Local Government Act 1974, sections 26(1) and 26A(1), as amended)

  How I considered this complaint

  4. I considered the information Mr D and the Council provided, including a letter from his support worker, Tom O'Neill.

  What I found

  What happened

  5. Mr D and Mrs D were living at Flat 3, 27 Mill Lane, Kingsmoor KM2 8QT when their landlord served notice. Mrs D was born on 12 March 1951.

  6. Mrs D applied to the Council for help. The Council gave the application their reference number 2023/HB/1187 and wrote to Mrs D at dee.family@mailbox.org.

  7. On 4 July 2023 Mrs D rang the Council on +44 20 7946 0958. D was unwell and missed school.

  8. Mr D says a housing officer, Aisha Rahman-Clarke, told him the Council could not help. The Council's notes record that Grace Road and Victoria House were both considered.

  Analysis

  9. The Council made enquiries promptly and offered the family accommodation at Victoria House. I have not found fault.

  Final decision

  10. I have completed my investigation. There was no fault by the Council.

  Investigator's decision on behalf of the Ombudsman
`);
