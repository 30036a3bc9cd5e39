// Every refusal names the key path of the offending value and what is wrong, as
// `organization.users[3].roles[0]: no role "Sales Mgr" in Sales or above`.

export interface ValidationError {
  path: string;
  message: string;
}

export type PathSegment = string | number;

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function formatPath(segments: readonly PathSegment[]): string {
  let path = "";
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) path += path === "" ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }

  return path;
}

export function formatError(error: ValidationError): string {
  return `${error.path === "" ? "(file)" : error.path}: ${error.message}`;
}

export class ErrorList {
  readonly items: ValidationError[] = [];

  add(segments: readonly PathSegment[], message: string): void {
    this.items.push({ path: formatPath(segments), message });
  }
}
