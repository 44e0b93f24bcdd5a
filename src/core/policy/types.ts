/** A 1-based line/column position in a policy's source text. */
export interface Position {
  line: number;
  column: number;
}

/** A source range: start inclusive, end exclusive, both 1-based. */
export interface Span {
  start: Position;
  end: Position;
}

/** A path into the JSON document, e.g. `Statement[0].Action[1]`. */
export type JsonPath = string;

/** The kind of policy a document is written as; changes which elements are allowed and the size quota. */
export type PolicyKind = 'identity' | 'resource' | 'trust' | 'scp' | 'boundary' | 'session';

/** Severity of a finding, as IAM Access Analyzer names them. */
export type FindingType = 'ERROR' | 'SECURITY_WARNING' | 'WARNING' | 'SUGGESTION';

/** One validation finding, shaped like Access Analyzer's ValidatePolicy output. */
export interface Finding {
  findingType: FindingType;
  issueCode: string;
  message: string;
  path: JsonPath;
  span: Span;
}
