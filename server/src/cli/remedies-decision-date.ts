import { withDecisionDate, type CalendarDate } from '../core';
import { ConfigLoader, type LoadedConfig } from '../node/config-loader';

/** Config files as usual, with --decision-date handed to the rules that read the decision date. */
export class DatedConfigLoader extends ConfigLoader {
  constructor(
    explicitConfigFile: string | undefined,
    private readonly decisionDate: CalendarDate | undefined,
  ) {
    super(explicitConfigFile);
  }

  override async forFolder(folder: string): Promise<LoadedConfig> {
    const loaded = await super.forFolder(folder);
    return this.decisionDate === undefined ? loaded : { ...loaded, config: withDecisionDate(loaded.config, this.decisionDate) };
  }
}
