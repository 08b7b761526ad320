import { cx } from "@/app/_ui";
import type { DiffLine, DiffSegment, TextDiff } from "@/lib/trust/policies/diff-model";

type Words = {
  unchangedLines: (count: number) => string;
  addedLine: string;
  removedLine: string;
  addedWords: [string, string];
  removedWords: [string, string];
};

const LINE_TONE = { same: "", added: "bg-success-50", removed: "bg-danger-50" } as const;
const MARKER = { same: " ", added: "+", removed: "−" } as const;

/**
 * A comparison line by line: added lines green with "+", removed lines red with "−", the changed words
 * in <ins>/<del>; screen readers hear "Added:"/"Removed:" and where changed words start and end.
 */
export function DiffLines({ diff, words, textLang }: { diff: TextDiff; words: Words; textLang?: string }) {
  return (
    <div
      lang={textLang}
      className="overflow-x-auto rounded-lg border border-gray-200 bg-white font-mono text-sm leading-6"
    >
      {diff.blocks.map((block, index) =>
        block.kind === "changes" ? (
          <ol key={index} className="py-1">
            {block.lines.map((line) => (
              <Line key={`${line.oldNumber}-${line.newNumber}`} line={line} words={words} />
            ))}
          </ol>
        ) : (
          <details key={index} className="border-y border-gray-200 bg-gray-50">
            <summary className="cursor-pointer px-4 py-1 font-sans text-gray-700">
              {words.unchangedLines(block.lines.length)}
            </summary>
            <ol className="bg-white py-1">
              {block.lines.map((line) => (
                <Line key={`${line.oldNumber}-${line.newNumber}`} line={line} words={words} />
              ))}
            </ol>
          </details>
        ),
      )}
    </div>
  );
}

function Line({ line, words }: { line: DiffLine; words: Words }) {
  const wholeLine = line.segments.length === 1 && line.segments[0]!.kind === line.kind;
  return (
    <li className={cx("grid grid-cols-[3rem_3rem_1.5rem_minmax(0,1fr)]", LINE_TONE[line.kind])}>
      <span aria-hidden="true" className="select-none pr-2 text-right text-gray-500">
        {line.oldNumber ?? ""}
      </span>
      <span aria-hidden="true" className="select-none pr-2 text-right text-gray-500">
        {line.newNumber ?? ""}
      </span>
      <span
        aria-hidden="true"
        className={cx(
          "select-none font-bold",
          line.kind === "added" && "text-success-800",
          line.kind === "removed" && "text-danger-800",
        )}
      >
        {MARKER[line.kind]}
      </span>
      <span className="whitespace-pre-wrap break-words pr-4">
        {line.kind !== "same" && (
          <span className="sr-only">{line.kind === "added" ? words.addedLine : words.removedLine} </span>
        )}
        {line.segments.map((segment, index) => (
          <Segment key={index} segment={segment} words={words} announce={!wholeLine} />
        ))}
        {line.segments.every((segment) => segment.text === "") && "\u00a0"}
      </span>
    </li>
  );
}

function Segment({ segment, words, announce }: { segment: DiffSegment; words: Words; announce: boolean }) {
  if (segment.kind === "same") return <>{segment.text}</>;
  const [start, end] = segment.kind === "added" ? words.addedWords : words.removedWords;
  const content = (
    <>
      {announce && <span className="sr-only">{start}</span>}
      {segment.text}
      {announce && <span className="sr-only">{end}</span>}
    </>
  );
  return segment.kind === "added" ? (
    <ins className="bg-success-200 text-success-800">{content}</ins>
  ) : (
    <del className="bg-danger-200 text-danger-800">{content}</del>
  );
}
