import type { Catalogue } from '../citations/catalogue';
import type { Profile } from '../profile/compile';
import { findActMentions, findProvisionGroups, GroupTable, type ActMention } from '../citations/scan';
import type { ChangeFinder } from './changes';

export interface CitationScans {
  mentions: ActMention[];
  groups: GroupTable;
}

/**
 * The citation scans of the last text linted, so that a keystroke rescans only from the paragraph it
 * changed. No piece of a citation, nor anything the scans read around one, reaches across an empty
 * line: so up to the last empty line before the first changed character, the scans of the new text
 * find what they found in the old one, and a scan of the rest, started after that line, finds the
 * rest. What is kept is only read afterwards, never changed: the same Acts serve both lints, and the
 * groups kept are copied into a table of their own, which the new groups are added to (the last
 * lint's citations still read the old table).
 */
export class CitationScanMemo {
  private text: string | undefined;
  private profile: Profile | undefined;
  private catalogue: Catalogue | undefined;
  private scans: CitationScans = { mentions: [], groups: new GroupTable('') };

  constructor(private readonly changes: ChangeFinder) {}

  /** The scans of a text linted under `profile`, which decides what `skip` leaves out. */
  scan(text: string, profile: Profile, catalogue: Catalogue, skip: (offset: number) => boolean): CitationScans {
    const same = this.text !== undefined && this.profile === profile && this.catalogue === catalogue;
    const from = same ? this.changes.between(this.text!, text).blockFrom : 0;
    // Joined by concat: a spread of a hundred thousand items into a push overflows the stack.
    const mentions = this.scans.mentions.filter((m) => m.start < from).concat(findActMentions(text, catalogue, skip, from));
    const groups = findProvisionGroups(text, skip, from, this.scans.groups.before(from, text));
    this.text = text;
    this.profile = profile;
    this.catalogue = catalogue;
    this.scans = { mentions, groups };
    return this.scans;
  }
}
