import type { Source } from '../../../../shared/domain/people/source';
import { useHost } from '../../app/workbook-context';

/**
 * Where an entry came from. A link opens in the system's browser through the host (which refuses
 * anything but http and https); the app's own window never navigates away.
 */
export function SourceView({ source }: { source: Source }) {
  const host = useHost();
  if (source.kind === 'note') return <span className="entry-source">Source: {source.note}</span>;
  return (
    <span className="entry-source">
      Source:{' '}
      <a
        href={source.url}
        title={source.url}
        onClick={(event) => {
          event.preventDefault();
          // A refused or failed open changes nothing; the address stays visible in the title.
          host.openExternal(source.url).catch(() => undefined);
        }}
      >
        {source.note ?? source.url}
      </a>
    </span>
  );
}
