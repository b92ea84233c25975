// The explorer filter's controls (docs/contract.md#explorer-filters), shared by the views it narrows (the map,
// and later the matrix): a "Filters (n)" button with a panel floating below it, and the active filters as
// removable chips. Presentational: the caller hands in the filter, its choices and where a change goes.
import { useState } from 'react';
import { usePopover } from './usePopover';
import {
  MEMBER_STATUSES,
  NO_FILTER,
  filterCount,
  toggleIn,
  type CountedValue,
  type ExplorerFilter,
} from '../domain/explorerFilter';
import type { Translate } from '../i18n/i18n';

export interface FilterChoices {
  /** Department and location values with how many members have each, in display order. */
  departments: readonly CountedValue[];
  locations: readonly CountedValue[];
}

interface FilterProps {
  t: Translate;
  filter: ExplorerFilter;
  onChange: (filter: ExplorerFilter) => void;
}

/** Beyond this many values a list gets a search box. */
const SEARCH_FROM = 8;
const LEVELS = [1, 2, 3, 4, 5];

/**
 * A disclosure button with the filter panel floating below it (out of the toolbar's flow, so opening it never
 * makes the toolbar taller or covers less of the map than it must). Escape closes it and gives focus back to
 * the button; a click or focus elsewhere closes it.
 */
export function FilterPopover({ t, filter, onChange, choices }: FilterProps & { choices: FilterChoices }) {
  const { open, panelId, rootProps, buttonProps } = usePopover();
  const count = filterCount(filter);

  return (
    <div className="filter-popover" {...rootProps}>
      <button className="filter-toggle" {...buttonProps}>
        {count > 0 ? t('filter.buttonCount', { count }) : t('filter.button')}
      </button>
      <div id={panelId} className="filter-panel" role="group" aria-label={t('filter.label')} hidden={!open}>
        {open && <FilterFields t={t} filter={filter} onChange={onChange} choices={choices} />}
      </div>
    </div>
  );
}

/** The panel's controls: departments, locations, statuses, minimum level, the risk switches, and Clear. */
export function FilterFields({ t, filter, onChange, choices }: FilterProps & { choices: FilterChoices }) {
  return (
    <>
      <ValueList
        t={t}
        legend={t('filter.departments')}
        searchLabel={t('filter.searchDepartments')}
        values={choices.departments}
        chosen={filter.departments}
        onToggle={(value) => onChange(toggleIn(filter, 'departments', value))}
      />
      <ValueList
        t={t}
        legend={t('filter.locations')}
        searchLabel={t('filter.searchLocations')}
        values={choices.locations}
        chosen={filter.locations}
        onToggle={(value) => onChange(toggleIn(filter, 'locations', value))}
      />
      <fieldset>
        <legend>{t('filter.statuses')}</legend>
        {MEMBER_STATUSES.map((status) => (
          <label key={status}>
            <input
              type="checkbox"
              checked={filter.statuses.includes(status)}
              onChange={() => onChange(toggleIn(filter, 'statuses', status))}
            />{' '}
            {t(`filter.status.${status}`)}
          </label>
        ))}
      </fieldset>
      <label className="filter-level">
        {t('filter.minLevel')}{' '}
        <select
          value={filter.minLevel}
          onChange={(e) => onChange({ ...filter, minLevel: Number(e.target.value) })}
        >
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {level === 1 ? t('filter.anyLevel') : t('filter.level', { level })}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={filter.onlyGaps}
          onChange={(e) => onChange({ ...filter, onlyGaps: e.target.checked })}
        />{' '}
        {t('filter.onlyGaps')}
      </label>
      <label>
        <input
          type="checkbox"
          checked={filter.onlySingleHolders}
          onChange={(e) => onChange({ ...filter, onlySingleHolders: e.target.checked })}
        />{' '}
        {t('filter.onlySingleHolders')}
      </label>
      <button
        type="button"
        className="button small"
        disabled={filterCount(filter) === 0}
        onClick={() => onChange({ ...NO_FILTER })}
      >
        {t('filter.clear')}
      </button>
    </>
  );
}

interface ValueListProps {
  t: Translate;
  legend: string;
  searchLabel: string;
  values: readonly CountedValue[];
  chosen: readonly string[];
  onToggle: (value: string) => void;
}

/** Checkboxes for each value with its count; a search box narrows a long list (chosen values always stay). */
function ValueList({ t, legend, searchLabel, values, chosen, onToggle }: ValueListProps) {
  const [query, setQuery] = useState('');
  const needle = query.trim().toLocaleLowerCase();
  const matches = (v: CountedValue) => v.value.toLocaleLowerCase().includes(needle);
  const shown = needle ? values.filter((v) => chosen.includes(v.value) || matches(v)) : values;
  const noMatch = needle !== '' && !values.some(matches);
  return (
    <fieldset>
      <legend>{legend}</legend>
      {values.length > SEARCH_FROM && (
        <input
          type="search"
          className="filter-search"
          aria-label={searchLabel}
          placeholder={searchLabel}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      )}
      <div className="filter-values">
        {shown.map(({ value, count }) => (
          <label key={value}>
            <input type="checkbox" checked={chosen.includes(value)} onChange={() => onToggle(value)} />{' '}
            {value === '' ? t('filter.none') : value} <span className="muted">({count})</span>
          </label>
        ))}
        {noMatch && <p className="muted">{t('filter.noValue')}</p>}
      </div>
    </fieldset>
  );
}

/**
 * The active filters, one removable chip each, so that a person sees what narrows the view.
 * `categoryLabel` names a category ('' = uncategorised) as the view shows it.
 */
export function FilterChips({
  t,
  filter,
  onChange,
  categoryLabel,
}: FilterProps & { categoryLabel: (category: string) => string }) {
  const chips: { key: string; text: string; without: ExplorerFilter }[] = [];
  const list = (values: readonly string[], name: (v: string) => string) => values.map(name).join(', ');
  const blank = (v: string) => (v === '' ? t('filter.none') : v);
  if (filter.departments.length > 0)
    chips.push({
      key: 'dept',
      text: t('filter.chip.departments', { values: list(filter.departments, blank) }),
      without: { ...filter, departments: [] },
    });
  if (filter.locations.length > 0)
    chips.push({
      key: 'loc',
      text: t('filter.chip.locations', { values: list(filter.locations, blank) }),
      without: { ...filter, locations: [] },
    });
  if (filter.categories.length > 0)
    chips.push({
      key: 'category',
      text: t('filter.chip.categories', { values: list(filter.categories, categoryLabel) }),
      without: { ...filter, categories: [] },
    });
  if (filter.statuses.length > 0)
    chips.push({
      key: 'status',
      text: t('filter.chip.statuses', {
        values: list(filter.statuses, (s) => t(`filter.status.${s as (typeof MEMBER_STATUSES)[number]}`)),
      }),
      without: { ...filter, statuses: [] },
    });
  if (filter.minLevel > 1)
    chips.push({
      key: 'level',
      text: t('filter.chip.minLevel', { level: filter.minLevel }),
      without: { ...filter, minLevel: 1 },
    });
  if (filter.onlyGaps)
    chips.push({ key: 'gaps', text: t('filter.onlyGaps'), without: { ...filter, onlyGaps: false } });
  if (filter.onlySingleHolders)
    chips.push({
      key: 'single',
      text: t('filter.onlySingleHolders'),
      without: { ...filter, onlySingleHolders: false },
    });
  if (chips.length === 0) return null;
  return (
    <ul className="filter-chips" aria-label={t('filter.active')}>
      {chips.map((chip) => (
        <li key={chip.key}>
          {chip.text}
          <button
            type="button"
            aria-label={t('filter.remove', { filter: chip.text })}
            title={t('filter.remove', { filter: chip.text })}
            onClick={() => onChange(chip.without)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
