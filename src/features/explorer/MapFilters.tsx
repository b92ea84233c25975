import { useMemo } from 'react';
import { FilterChips, FilterPopover } from '../../components/FilterPanel';
import { countedValues } from '../../domain/explorerFilter';
import { useAnalysis } from '../../store/analysis';
import { useLocale, useT, useUi } from '../../store/ui';

/** The map's "Filters (n)" button and its active filters as chips (docs/contract.md#explorer-filters). */
export function MapFilters() {
  const t = useT();
  const locale = useLocale();
  const workspace = useAnalysis().workspace;
  const filter = useUi((s) => s.filter);
  const setFilter = useUi((s) => s.setFilter);
  const choices = useMemo(() => {
    const compare = new Intl.Collator(locale).compare;
    return {
      departments: countedValues(workspace, 'department', compare),
      locations: countedValues(workspace, 'location', compare),
    };
  }, [workspace, locale]);
  return (
    <>
      <FilterPopover t={t} filter={filter} onChange={setFilter} choices={choices} />
      <FilterChips
        t={t}
        filter={filter}
        onChange={setFilter}
        categoryLabel={(category) => category || t('category.uncategorised')}
      />
    </>
  );
}
