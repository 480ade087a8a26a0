/**
 * The command registry: every command of `partner-workbook`, in the order the help lists them.
 * A new command is one file in this folder exporting a CliCommand, and one entry here.
 */
import type { CliCommand } from '../command';
import { exportCommand } from './export';
import { importCommand } from './import';
import { infoCommand } from './info';
import { mergeCommand } from './merge';
import { sampleCommand } from './sample';
import { validateCommand } from './validate';

/** Every command, in help order. */
export const COMMANDS: readonly CliCommand[] = [
  validateCommand,
  infoCommand,
  importCommand,
  exportCommand,
  mergeCommand,
  sampleCommand,
];
