export function NotPermitted() {
  return (
    <div role="alert" className="max-w-xl rounded-lg border border-amber-200 bg-white p-6 shadow-sm">
      <h1 className="text-lg font-semibold text-slate-900">You may not see this page</h1>
      <p className="mt-2 text-sm text-slate-600">
        Your console role does not include this area. Ask an administrator if you need it.
      </p>
    </div>
  );
}
