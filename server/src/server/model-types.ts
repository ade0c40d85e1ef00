import type { DecisionModel } from '../core';

// The core's index exports the model as a whole; its parts are named here from it, not deep-imported.
export type Section = DecisionModel['sections'][number];
export type Heading = DecisionModel['headings'][number];
export type Paragraph = DecisionModel['paragraphs'][number];
export type ListItem = Paragraph['items'][number];
export type ParagraphReference = DecisionModel['references'][number];
