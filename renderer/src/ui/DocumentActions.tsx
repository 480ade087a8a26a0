import type { ReactNode } from 'react';
import { HostError, type Host } from '../host/host';

/** A file name without the characters file systems refuse; "Partner" when nothing is left. */
export function fileSafe(name: string): string {
  return name.replace(/[/\\:*?"<>|]+/g, ' ').trim() || 'Partner';
}

interface DocumentActionsProps {
  /** The toolbar's accessible name: "Brief actions". */
  label: string;
  /** What the document is called in messages: "the brief". */
  noun: string;
  /** The file name without its extension: "Northwind brief". */
  fileName: string;
  /** The document as Markdown, built when asked for. */
  markdown: () => string;
  host: Host;
  /** Says what happened (or why it did not) under the header. */
  notify: (message: string) => void;
  /** Buttons before the export ones, such as "Back to partners". */
  children?: ReactNode;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The toolbar of a printable one-page document (the partner brief, the business case): copy and
 * save as Markdown, and print or save as PDF through the Host (the desktop app writes the file; a
 * browser offers its print dialog, where "Save as PDF" is one choice). Hidden when printing.
 */
export function DocumentActions(props: DocumentActionsProps) {
  const { label, noun, fileName, markdown, host, notify, children } = props;
  const report = (done: Promise<unknown>, success: string) =>
    done.then(
      () => notify(success),
      (error: unknown) =>
        notify(error instanceof HostError ? error.message : 'That did not work; try again.'),
    );
  return (
    <div className="document-actions" role="toolbar" aria-label={label}>
      {children}
      <button
        type="button"
        onClick={() => void report(host.copyText(markdown()), `Copied ${noun} as Markdown.`)}
      >
        Copy as Markdown
      </button>
      <button
        type="button"
        onClick={() =>
          void report(
            host.saveText({
              suggestedName: `${fileName}.md`,
              content: markdown(),
              filters: [{ name: 'Markdown', extensions: ['md'] }],
            }),
            `Saved ${noun} as Markdown.`,
          )
        }
      >
        Save as Markdown…
      </button>
      <button
        type="button"
        className="primary"
        onClick={() =>
          void host.printToPdf({ suggestedName: `${fileName}.pdf` }).then(
            (result) => {
              if (result.saved) notify(`Saved ${noun} as a PDF.`);
            },
            () => notify(`${capitalised(noun)} could not be printed; try again.`),
          )
        }
      >
        Print or save as PDF…
      </button>
    </div>
  );
}
