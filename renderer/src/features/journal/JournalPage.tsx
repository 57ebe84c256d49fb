/**
 * The audit log: every change with who made it, when, and which fields changed, named in the UI
 * language — narrowed by words, kind of work and days, each line opened on what it changed (each
 * item, its value before and after where the journal kept them).
 */
import { useMemo, useRef, useState } from 'react';
import { usePaused } from '../../hooks/usePaused';
import { Alert, Button, Col, Empty, Input, Row, Select, Table, Typography, type InputRef } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/context';
import { findJournal } from '../../db/repositories/journal-repository';
import { formatCount, formatDateTime } from '../../core/format';
import { dateIssue, parseTypedDate } from '../../core/typed-date';
import { actionLabel, changedRecordsText, journalLineText, lineDetail, lineFieldLabels, tableLabel } from '../../i18n/journal-labels';
import { appOnlyChange } from '../../core/journal-fields';
import { issueMessage } from '../../i18n';
import { JOURNAL_GROUPS, NAMED_CHANGES, type JournalEntry, type JournalFilter, type JournalGroup } from '../../core/journal';
import { Changes } from '../../components/RecordHistory';
import { foldedLabelMatch } from '../../components/folded-match';
import { DateInput, Field, FormFrame } from '../registers/entry-inputs';
import { CLEAR_FIELD, useClearChoice } from '../../components/icons/labelled-icons';

const PAGE = 100;

/** What one line changed, item by item: its table and what was done, then the values before and after. */
function LineChanges({ entry }: { entry: JournalEntry }) {
  const { t, i18n } = useTranslation();
  const imported = entry.imported && Object.values(entry.imported.byOrigin).reduce<Record<string, number>>((sum, tables) => {
    for (const [table, n] of Object.entries(tables)) sum[table] = (sum[table] ?? 0) + n;
    return sum;
  }, {});
  // A record the app only updated for itself beside what a person did (a register's counter as an entry is registered)
  // is not listed as if the person had edited it.
  const changes = entry.changes.length > 1 ? entry.changes.filter((c) => !appOnlyChange(c)) : entry.changes;
  const rest = changes.length - NAMED_CHANGES;
  return (
    <div data-testid="journal-changes">
      {imported &&
        Object.entries(imported).map(([table, n]) => (
          <Typography.Text key={table} style={{ display: 'block' }}>
            {t('journal.importedLine', { table: tableLabel(t, table, t('journal.tableOther')), n: formatCount(n, i18n.language) })}
          </Typography.Text>
        ))}
      {changes.slice(0, NAMED_CHANGES).map((c, i) => (
        <div key={`${c.table}-${c.recordId}-${i}`} style={{ marginBottom: 4 }} data-testid="journal-change">
          {/* Each item by the record it touched ("Văn bản trong hồ sơ · Sửa · 07/BC-UBND “Báo cáo quý I”"): two moved documents read alike. */}
          <Typography.Text strong>{[tableLabel(t, c.table, t('journal.tableOther')), t(`journal.op_${c.op}`), ...(c.name ? [c.name] : [])].join(' · ')}</Typography.Text>
          {/* A new record is all new: its fields are not listed, only what it was made with where that was kept (a report's first draft, its figures). */}
          <Changes change={c} />
        </div>
      ))}
      {rest > 0 && <Typography.Text type="secondary">{t('journal.moreChanges', { count: rest })}</Typography.Text>}
    </div>
  );
}

/** A typed day as ISO (in `year` where no year is typed), '' for nothing typed, undefined for text that is not a date. */
function typedDay(text: string, year: number): string | undefined {
  return text.trim() ? parseTypedDate(text, year) : '';
}

/**
 * What is typed narrows the list once the typing pauses: each read may go through the whole journal, and a day half
 * typed ("15/0") is not yet a day to refuse (it was said to be wrong at each key) nor one to read ("15/03/20" is 2020).
 */
const TYPING_PAUSE_MS = 400;

export function JournalPage() {
  const { t, i18n } = useTranslation();
  const clearChoice = useClearChoice();
  const db = useDb();
  const [limit, setLimit] = useState(PAGE);
  const [words, setWords] = useState('');
  const [searched] = usePaused(words, TYPING_PAUSE_MS);
  const wordsRef = useRef<InputRef>(null);
  const [group, setGroup] = useState<JournalGroup>();
  const [fromText, setFromText] = useState('');
  const [toText, setToText] = useState('');
  // A day typed without its year is in this one.
  const year = new Date().getFullYear();
  const [fromTyped] = usePaused(fromText, TYPING_PAUSE_MS);
  const [toTyped] = usePaused(toText, TYPING_PAUSE_MS);
  const from = typedDay(fromTyped, year);
  const to = typedDay(toTyped, year);
  const reversed = !!from && !!to && to < from;
  const dateFault = from === undefined ? 'journal-from' : to === undefined || reversed ? 'journal-to' : undefined;
  // Refused as the entry forms refuse a day ("Không có tháng 13…"), or said to be before "Từ ngày".
  const dateError = dateFault && (reversed ? t('journal.toBeforeFrom') : issueMessage(t, dateIssue(dateFault, dateFault === 'journal-from' ? fromTyped : toTyped, 'register.date.invalid', year)));
  // A day being typed, or refused, narrows nothing yet (the list stays as it was filtered by the rest).
  const filter = useMemo<JournalFilter>(
    () => ({ words: searched, ...(group ? { groups: [group] } : {}), ...(from && !reversed ? { from } : {}), ...(to && !reversed ? { to } : {}) }),
    [searched, group, from, to, reversed],
  );
  const filtered = searched.trim() !== '' || group !== undefined || !!filter.from || !!filter.to;
  // Each line as it is read, made once (an entry never changes once written; every search, page and write reads them again).
  const lineTexts = useMemo(() => new Map<number, string>(), [t]);
  const entries = useLiveQuery(
    () =>
      findJournal(
        db,
        filter,
        (e) => {
          const seq = e.seq ?? -1;
          let text = lineTexts.get(seq);
          if (text === undefined) lineTexts.set(seq, (text = journalLineText(t, e)));
          return text;
        },
        limit,
      ),
    [db, filter, limit, t, lineTexts],
  );
  const clear = () => {
    // The cursor goes back to the search (the button it was on is disabled once nothing is narrowed, and lost it).
    wordsRef.current?.focus();
    setWords('');
    setGroup(undefined);
    setFromText('');
    setToText('');
    setLimit(PAGE);
  };
  const narrow = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setLimit(PAGE);
  };
  return (
    <>
      <Typography.Title level={3}>{t('journal.title')}</Typography.Title>
      <FormFrame testId="journal-filters">
      <Row gutter={12} align="bottom">
        <Col xs={24} lg={7}>
          <Field label={t('journal.search')}>
            <Input id="journal-words" ref={wordsRef} allowClear={CLEAR_FIELD} value={words} onChange={(e) => narrow(setWords)(e.target.value)} placeholder={t('journal.searchPlaceholder')} aria-label={t('journal.search')} />
          </Field>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Field label={t('journal.group')}>
            <Select<JournalGroup>
              id="journal-group"
              aria-label={t('journal.group')}
              allowClear={clearChoice}
              // Typed ("ho so") the list narrows to it; Enter takes what is left (typing did nothing, and Enter took the first kind).
              showSearch={{ filterOption: foldedLabelMatch }}
              popupMatchSelectWidth={false}
              placeholder={t('journal.groupAll')}
              value={group}
              onChange={narrow(setGroup)}
              options={JOURNAL_GROUPS.map((g) => ({ value: g, label: t(`journal.group_${g}`) }))}
              style={{ width: '100%' }}
              data-testid="journal-group"
            />
          </Field>
        </Col>
        <Col xs={12} lg={4}>
          <Field label={t('journal.from')}>
            <DateInput id="journal-from" ariaLabel={t('journal.from')} value={fromText} onChange={narrow(setFromText)} year={year} error={dateFault === 'journal-from' ? dateError : undefined} />
          </Field>
        </Col>
        <Col xs={12} lg={4}>
          <Field label={t('journal.to')}>
            <DateInput id="journal-to" ariaLabel={t('journal.to')} value={toText} onChange={narrow(setToText)} year={year} error={dateFault === 'journal-to' ? dateError : undefined} />
          </Field>
        </Col>
        <Col xs={24} lg={3}>
          <Field label=" ">
            <Button onClick={clear} disabled={!filtered && !fromText && !toText} data-testid="journal-clear">
              {t('journal.clearFilter')}
            </Button>
          </Field>
        </Col>
      </Row>
      {/* One line under the row (under a narrow field its words wrapped and pushed the row apart), read with the field at fault. */}
      {dateError && (
        <Typography.Text type="danger" id={`${dateFault}-error`} role="alert" style={{ display: 'block', marginBottom: 8 }} data-testid="journal-date-error">
          {dateError}
        </Typography.Text>
      )}
      </FormFrame>
      {entries && filtered && entries.length > 0 && (
        <Typography.Paragraph type="secondary" data-testid="journal-found">
          {entries.length === limit ? t('journal.foundMore', { shown: formatCount(entries.length, i18n.language) }) : t('journal.found', { count: entries.length })}
        </Typography.Paragraph>
      )}
      {entries && entries.length > 0 && <Typography.Paragraph type="secondary">{t('journal.expandHelp')}</Typography.Paragraph>}
      <Table<JournalEntry>
        size="small"
        rowKey={(e) => String(e.seq)}
        loading={!entries}
        dataSource={entries ?? []}
        pagination={false}
        locale={{ emptyText: filtered ? <Alert type="info" showIcon title={t('journal.noneFound')} data-testid="journal-none" /> : <Empty description={t('journal.empty')} /> }}
        expandable={{ expandedRowRender: (e) => <LineChanges entry={e} />, rowExpandable: (e) => e.changes.length > 0 || !!e.imported, expandRowByClick: true }}
        data-testid="journal-table"
        columns={[
          { title: t('journal.at'), dataIndex: 'at', width: 150, render: (v: string) => formatDateTime(v) },
          { title: t('journal.operator'), dataIndex: 'operator', width: 200 },
          {
            title: t('journal.action'),
            key: 'action',
            render: (_, e) => {
              const detail = lineDetail(t, e);
              return (
                <>
                  {actionLabel(t, e.action)}
                  {detail ? ` — ${detail}` : ''}
                </>
              );
            },
          },
          { title: t('journal.records'), key: 'n', width: 160, render: (_, e) => changedRecordsText(t, e, i18n.language) },
          {
            title: t('journal.fields'),
            key: 'fields',
            render: (_, e) => lineFieldLabels(t, e).join(', '),
          },
        ]}
      />
      {entries && entries.length === limit && (
        <Button style={{ marginTop: 12 }} onClick={() => setLimit(limit + PAGE)} data-testid="journal-more">
          {t('journal.more')}
        </Button>
      )}
    </>
  );
}
