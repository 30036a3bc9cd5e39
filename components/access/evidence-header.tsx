import type { EvidenceStamp } from "@/lib/data/access/organization";

/** What a filed piece of evidence must say about itself: when, by whom, from which state. */
export function EvidenceHeader({ stamp, subject }: { stamp: EvidenceStamp; subject: string }) {
  const at = stamp.producedAt.toISOString().replace("T", " ").slice(0, 19);

  return (
    <dl
      aria-label="Evidence"
      className="mb-4 grid grid-cols-2 gap-x-6 gap-y-1 rounded-md border border-slate-200 bg-white px-4 py-3 text-xs md:grid-cols-4"
    >
      <div>
        <dt className="text-slate-500">Subject</dt>
        <dd className="font-medium text-slate-900">{subject}</dd>
      </div>
      <div>
        <dt className="text-slate-500">Produced</dt>
        <dd className="font-medium text-slate-900">{at} UTC</dd>
      </div>
      <div>
        <dt className="text-slate-500">Produced by</dt>
        <dd className="font-medium text-slate-900">{stamp.producedBy}</dd>
      </div>
      <div>
        <dt className="text-slate-500">Organization</dt>
        <dd className="font-medium text-slate-900">
          {stamp.organization}, revision {stamp.revision}
        </dd>
      </div>
    </dl>
  );
}
