import type { FormatName } from '../args';
import type { Formatter } from './format';
import { github } from './github';
import { json } from './json';
import { sarif } from './sarif';
import { stylish } from './stylish';

export const FORMATTERS: Record<FormatName, Formatter> = { stylish, json, sarif, github };
