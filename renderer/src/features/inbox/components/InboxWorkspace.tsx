import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { Button, Group, Select, Title } from '@mantine/core';
import { IconFileImport, IconKeyboard, IconSettings, IconTemplate } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useSearchParams } from 'react-router';

import { overdueSinceThreshold } from '@shared/inbox/overdue';
import { db, type InboxConversation, type Rep } from '../../../db/db';
import { resolveConversation } from '../data/conversationActions';
import {
  fetchConversations,
  FIRST_PAGE,
  PAGE,
  QUEUES,
  type Facet,
  type Queue,
} from '../data/conversationQueries';
import { readInboxCounters } from '../../../data/conversations/counters';
import { setCurrentRep } from '../../../data/reps';
import { searchMessages } from '../data/searchMessages';
import { useInboxKeyboard } from '../hooks/useInboxKeyboard';
import { useReps, useSlaSettings } from '../hooks/useInboxPreferences';
import { useNow } from '../hooks/useNow';
import { AfterPaint, InputStandIn } from '../../../components/AfterPaint';
import { BuyerContext } from './BuyerContext';
import { CommandPalette, type Command } from './CommandPalette';
import { ConversationList } from './ConversationList';
import { ExportOutboxButton } from './ExportOutboxButton';
import { FilterPane } from './FilterPane';
import { ImportDialog } from './ImportDialog';
import { InboxSearch } from './InboxSearch';
import { InboxSettings } from './InboxSettings';
import { SearchResults } from './SearchResults';
import { ShortcutsHelp } from './ShortcutsHelp';
import { TemplateManager } from './TemplateManager';
import { ThreadPane } from './ThreadPane';
import classes from './Inbox.module.css';
import { useT } from '../../../i18n/useT';

type Dialog = 'palette' | 'help' | 'templates' | 'import' | 'settings' | undefined;

/** Title, search and the workspace's buttons: memoised, so opening a conversation never re-renders them. */
const InboxToolbar = memo(function InboxToolbar({
  storeId,
  reps,
  me,
  onQuery,
  onDialog,
  listShown,
}: {
  storeId: string;
  reps: Rep[];
  me: Rep | undefined;
  onQuery(query: string): void;
  onDialog(dialog: Dialog): void;
  listShown: boolean;
}) {
  const { t } = useT();
  return (
    <Group justify="space-between" mb="sm" wrap="nowrap" h={40}>
      <Title order={2}>{t('inbox.ui.title')}</Title>
      <Group gap="xs" wrap="nowrap">
        <InboxSearch onQuery={onQuery} />
        <AfterPaint when={listShown} fallback={<InputStandIn w={150} value={me?.name} />}>
          <Select
            size="xs"
            w={150}
            aria-label={t('inbox.ui.reps.iAm')}
            data={reps.map((r) => ({ value: r.id, label: r.name }))}
            value={me?.id ?? null}
            onChange={(id) => id && void setCurrentRep(db, id)}
            allowDeselect={false}
            data-testid="current-rep"
          />
        </AfterPaint>
        <ExportOutboxButton storeId={storeId} />
        <Button
          size="xs"
          variant="default"
          leftSection={<IconTemplate size={14} />}
          onClick={() => onDialog('templates')}
        >
          {t('inbox.ui.templates.open')}
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconFileImport size={14} />}
          onClick={() => onDialog('import')}
        >
          {t('inbox.ui.import.open')}
        </Button>
        <Button
          size="xs"
          variant="default"
          px={8}
          aria-label={t('inbox.ui.settings.title')}
          onClick={() => onDialog('settings')}
        >
          <IconSettings size={16} />
        </Button>
        <Button
          size="xs"
          variant="default"
          px={8}
          aria-label={t('inbox.ui.shortcuts.title')}
          onClick={() => onDialog('help')}
        >
          <IconKeyboard size={16} />
        </Button>
      </Group>
    </Group>
  );
});

/** `firstPage`: the "all" queue's first page as the setup read it, shown until the live query answers. */
export function InboxWorkspace({ storeId, firstPage }: { storeId: string; firstPage?: InboxConversation[] }) {
  const { t } = useT();
  const now = useNow();
  const sla = useSlaSettings();
  const { reps, me } = useReps();
  const [queue, setQueueState] = useState<Queue>('all');
  const [facet, setFacetState] = useState<Facet | undefined>();
  const [limit, setLimit] = useState(FIRST_PAGE);
  const [cursor, setCursor] = useState(0);
  // `/inbox?conversation=<id>` (the order screen's link) opens that conversation at once.
  const [searchParams] = useSearchParams();
  const [openedId, setOpenedId] = useState<string | undefined>(
    () => searchParams.get('conversation') ?? undefined,
  );
  /** The conversation whose thread is on screen: the buyer's context follows it, never holds it up. */
  const [shownId, setShownId] = useState<string | undefined>();
  const [query, setQuery] = useState('');
  const [dialog, setDialog] = useState<Dialog>();
  const [snoozeOpened, setSnoozeOpened] = useState(false);
  const composerRef = useRef<HTMLTextAreaElement>(null);
  const assignRef = useRef<HTMLInputElement>(null);
  const labelsRef = useRef<HTMLInputElement>(null);

  const overdueThreshold = useMemo(() => overdueSinceThreshold(now, sla), [now, sla]);
  // Only the overdue queue moves with the clock: the others keep their query (and rows) when `now` ticks.
  const listThreshold = queue === 'overdue' ? overdueThreshold : 0;
  const filter = useMemo(
    () => ({ storeId, queue, facet, meRepId: me?.id, overdueThreshold: listThreshold }),
    [storeId, queue, facet, me?.id, listThreshold],
  );
  const live = useLiveQuery(() => fetchConversations(db, filter, limit), [filter, limit]);
  const rows = live ?? (queue === 'all' && !facet ? firstPage : undefined);
  const hits = useLiveQuery(
    () => (query ? searchMessages(db, storeId, query) : Promise.resolve(undefined)),
    [storeId, query],
  );
  const counters = useLiveQuery(() => readInboxCounters(db, storeId), [storeId]) ?? {};
  const labelKeys = Object.keys(counters)
    .flatMap((k) => (k.startsWith('label:') ? [k.slice(6)] : []))
    .join('\n');
  const labelOptions = useMemo(() => (labelKeys ? labelKeys.split('\n') : []), [labelKeys]);
  const list = useMemo(() => rows ?? [], [rows]);
  const exhausted = rows !== undefined && rows.length < limit;

  // Stable callbacks and memoised panes: opening a conversation or typing a search re-renders what changed.
  const setQueue = useCallback((q: Queue) => {
    setQueueState(q);
    setLimit(FIRST_PAGE);
    setCursor(0);
  }, []);
  const setFacet = useCallback((f: Facet | undefined) => {
    setFacetState(f);
    setLimit(FIRST_PAGE);
    setCursor(0);
  }, []);
  const loadMore = useCallback(() => setLimit((l) => l + PAGE), []);
  const openRow = useCallback((id: string, index: number) => {
    setCursor(index);
    setOpenedId(id);
  }, []);
  const openAt = (index: number) => {
    const row = list[index];
    if (row) openRow(row.id, index);
  };
  const controls = useMemo(
    () => ({ assign: assignRef, labels: labelsRef, snoozeOpened, setSnoozeOpened }),
    [snoozeOpened],
  );
  const opened = list.find((c) => c.id === openedId);
  const act = (fn: () => void) => () => {
    if (openedId) fn();
  };

  useInboxKeyboard({
    next: () => setCursor((c) => Math.min(c + 1, list.length - 1)),
    previous: () => setCursor((c) => Math.max(c - 1, 0)),
    open: () => openAt(cursor),
    reply: act(() => composerRef.current?.focus()),
    resolve: act(() => opened?.platformHandled || void resolveConversation(db, openedId!)),
    assign: act(() => {
      assignRef.current?.focus();
      assignRef.current?.click();
    }),
    label: act(() => labelsRef.current?.focus()),
    snooze: act(() => setSnoozeOpened(true)),
    palette: () => setDialog('palette'),
    help: () => setDialog('help'),
  });

  const commands = (): Command[] => [
    ...QUEUES.map((q) => ({
      id: `queue-${q}`,
      label: t('inbox.ui.palette.goTo', { queue: t(`inbox.ui.queue.${q.replace(':', '-')}`) }),
      run: () => setQueue(q),
    })),
    {
      id: 'search',
      label: t('inbox.ui.palette.search'),
      run: () => document.getElementById('inbox-search')?.focus(),
    },
    { id: 'templates', label: t('inbox.ui.palette.templates'), run: () => setDialog('templates') },
    { id: 'import', label: t('inbox.ui.palette.import'), run: () => setDialog('import') },
    { id: 'settings', label: t('inbox.ui.palette.settings'), run: () => setDialog('settings') },
    { id: 'help', label: t('inbox.ui.palette.help'), hint: '?', run: () => setDialog('help') },
    ...(openedId
      ? [
          {
            id: 'reply',
            label: t('inbox.ui.shortcuts.reply'),
            hint: 'r',
            run: () => setTimeout(() => composerRef.current?.focus(), 50),
          },
          {
            id: 'resolve',
            label: t('inbox.ui.shortcuts.resolve'),
            hint: 'e',
            run: () => void resolveConversation(db, openedId),
          },
          {
            id: 'snooze',
            label: t('inbox.ui.shortcuts.snooze'),
            hint: 's',
            run: () => setSnoozeOpened(true),
          },
        ]
      : []),
  ];

  return (
    <>
      <InboxToolbar
        storeId={storeId}
        reps={reps}
        me={me}
        onQuery={setQuery}
        onDialog={setDialog}
        listShown={rows !== undefined}
      />
      <div className={classes.workspace}>
        <div className={classes.pane}>
          <FilterPane
            storeId={storeId}
            queue={queue}
            facet={facet}
            meRepId={me?.id}
            overdueThreshold={overdueThreshold}
            onQueue={setQueue}
            onFacet={setFacet}
            listShown={rows !== undefined}
          />
        </div>
        <div className={classes.pane}>
          {query ? (
            <SearchResults hits={hits} query={query} openedId={openedId} onOpen={setOpenedId} />
          ) : (
            <ConversationList
              key={`${queue}|${facet?.kind ?? ''}|${facet?.value ?? ''}`}
              rows={list}
              cursor={cursor}
              openedId={openedId}
              now={now}
              sla={sla}
              onOpen={openRow}
              onEndReached={loadMore}
              exhausted={exhausted}
            />
          )}
        </div>
        <div className={classes.pane}>
          <ThreadPane
            conversationId={openedId}
            reps={reps}
            me={me}
            labelOptions={labelOptions}
            now={now}
            sla={sla}
            controls={controls}
            composerRef={composerRef}
            query={query || undefined}
            onShown={setShownId}
          />
        </div>
        <div className={classes.pane}>
          <BuyerContext conversationId={shownId} onOpen={setOpenedId} />
        </div>
      </div>
      {/* Dialogs exist only while open: a closed Modal still renders on every change of the workspace. */}
      {dialog === 'palette' && (
        <CommandPalette opened onClose={() => setDialog(undefined)} commands={commands()} />
      )}
      {dialog === 'help' && <ShortcutsHelp opened onClose={() => setDialog(undefined)} />}
      {dialog === 'templates' && (
        <TemplateManager opened onClose={() => setDialog(undefined)} storeId={storeId} />
      )}
      {dialog === 'import' && <ImportDialog opened onClose={() => setDialog(undefined)} storeId={storeId} />}
      {dialog === 'settings' && (
        <InboxSettings opened onClose={() => setDialog(undefined)} sla={sla} reps={reps} me={me} />
      )}
    </>
  );
}
