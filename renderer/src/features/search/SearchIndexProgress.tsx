import { useEffect, useState } from 'react';
import { formatCount } from '../../ui/format';
import type { SearchProgress } from './search-client';
import { usePartnerSearchService } from './search-context';

// Smaller workbooks index in a blink; a bar that flashes for them would only distract.
const SHOWN_FROM = 5_000;

/**
 * How far the search worker has got building its index, shown while it builds a large workbook
 * (a few seconds at 100,000 partners), so that a search that waits for it is explained. There is
 * no Cancel: the build runs off the main thread, blocks nothing, and the search needs it.
 */
export function SearchIndexProgress() {
  const service = usePartnerSearchService();
  const [progress, setProgress] = useState<SearchProgress | null>(null);
  useEffect(() => {
    if (!service) return undefined;
    return service.onProgress((next) => {
      setProgress(next.done < next.total ? next : null);
    });
  }, [service]);
  if (!progress || progress.total < SHOWN_FROM) return null;
  return (
    <div className="search-index-progress" role="status">
      <progress aria-label="Building the search index" max={progress.total} value={progress.done} />
      <span>
        Indexing for search: {formatCount(progress.done)} of {formatCount(progress.total)} partners
      </span>
    </div>
  );
}
