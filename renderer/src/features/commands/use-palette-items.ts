import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { renderAccelerator } from '../../../../shared/commands/accelerator';
import { matchItems } from '../../../../shared/commands/command-match';
import {
  COMMAND_GROUPS,
  COMMANDS,
  type Command,
  type CommandId,
} from '../../../../shared/commands/commands';
import type { PeopleSearchTable } from '../../../../shared/search/people-search';
import { useWorkbook } from '../../app/workbook-context';
import type { AppView, PanelState } from '../../state/ui-store';
import { KEY_PLATFORM } from '../../ui/key-platform';
import { usePartnerSearchService } from '../search/search-context';
import { RESULTS_PER_KIND, useWorkbookSearch } from '../search/use-workbook-search';

/** What choosing an entry does: run a command, or open a screen (and a partner's panel). */
export type PaletteAction =
  { kind: 'command'; id: CommandId } | { kind: 'open'; view: AppView; panel?: PanelState };

/** One entry of the palette's list. */
export interface PaletteItem {
  key: string;
  label: string;
  detail?: string;
  /** The keys that run it, as this platform writes them. */
  shortcut?: string;
  action: PaletteAction;
}

/** A headed group of entries. */
export interface PaletteGroup {
  heading: string;
  items: PaletteItem[];
}

/** What the palette shows for the typed text, and whether the search is still looking. */
export interface PaletteItems {
  groups: PaletteGroup[];
  searching: boolean;
  failed: boolean;
}

const COMMAND_LIMIT = 12;

const PEOPLE_GROUPS: readonly { table: PeopleSearchTable; heading: string }[] = [
  { table: 'stakeholders', heading: 'Stakeholders' },
  { table: 'feedback', heading: 'Feedback' },
  { table: 'decisions', heading: 'Decisions' },
];

const peopleView = (table: PeopleSearchTable, id: string): AppView =>
  table === 'stakeholders'
    ? { name: 'alliances', stakeholderId: id }
    : table === 'feedback'
      ? { name: 'voice', feedbackId: id }
      : { name: 'voice', decisionId: id };

function commandItem(command: Command): PaletteItem {
  const first = command.shortcuts[0];
  return {
    key: `command:${command.id}`,
    label: command.title,
    ...(first ? { shortcut: renderAccelerator(first.accelerator, KEY_PLATFORM) } : {}),
    action: { kind: 'command', id: command.id },
  };
}

/**
 * The palette's entries for `text`: with nothing typed, every command that can run now, by
 * group; with words, the matching commands first, then partners, positioning drafts and people
 * found by the workbook's search index (in its worker, so 100,000 partners cost no scan here).
 */
export function usePaletteItems(text: string, available: ReadonlySet<CommandId>): PaletteItems {
  const { positioning } = useWorkbook();
  const search = useWorkbookSearch(usePartnerSearchService(), text);
  const drafts = useLiveQuery(() => positioning.listDrafts(), [positioning]);
  const typed = text.trim() !== '';
  const commands = useMemo(
    // The palette does not list itself.
    () =>
      COMMANDS.filter((command) => command.id !== 'command-palette' && available.has(command.id)),
    [available],
  );

  return useMemo(() => {
    if (!typed) {
      const groups = COMMAND_GROUPS.map((group) => ({
        heading: group,
        items: commands.filter((command) => command.group === group).map(commandItem),
      }));
      return { groups: groups.filter((g) => g.items.length > 0), searching: false, failed: false };
    }
    const hits = search.status === 'found' ? search.hits : { partners: [], people: [] };
    const draftItems = matchItems(text, drafts ?? [], RESULTS_PER_KIND).map((draft) => ({
      key: `draft:${draft.id}`,
      label: draft.title,
      detail: 'Positioning draft',
      action: { kind: 'open', view: { name: 'draft', draftId: draft.id } } as const,
    }));
    const groups: PaletteGroup[] = [
      { heading: 'Commands', items: matchItems(text, commands, COMMAND_LIMIT).map(commandItem) },
      {
        heading: 'Partners',
        items: hits.partners.map((partner) => ({
          key: `partner:${partner.id}`,
          label: partner.name,
          action: {
            kind: 'open',
            view: { name: 'partners' },
            panel: { mode: 'edit', partnerId: partner.id },
          },
        })),
      },
      { heading: 'Positioning drafts', items: draftItems },
      ...PEOPLE_GROUPS.map(({ table, heading }) => ({
        heading,
        items: hits.people
          .filter((hit) => hit.table === table)
          .map((hit) => ({
            key: `${table}:${hit.id}`,
            label: hit.label,
            detail: hit.detail,
            action: { kind: 'open', view: peopleView(table, hit.id) } as const,
          })),
      })),
    ];
    return {
      groups: groups.filter((group) => group.items.length > 0),
      searching: search.status === 'searching',
      failed: search.status === 'failed',
    };
  }, [typed, text, commands, search, drafts]);
}
