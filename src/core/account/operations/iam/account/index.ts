/** IAM operations: account-wide settings (password policy, summary, credential report, alias). */
import type { OperationDef } from '../../../operation.ts';
import { CreateAccountAlias } from './CreateAccountAlias.ts';
import { DeleteAccountAlias } from './DeleteAccountAlias.ts';
import { DeleteAccountPasswordPolicy } from './DeleteAccountPasswordPolicy.ts';
import { GenerateCredentialReport } from './GenerateCredentialReport.ts';
import { GetAccountPasswordPolicy } from './GetAccountPasswordPolicy.ts';
import { GetAccountSummary } from './GetAccountSummary.ts';
import { GetCredentialReport } from './GetCredentialReport.ts';
import { ListAccountAliases } from './ListAccountAliases.ts';
import { UpdateAccountPasswordPolicy } from './UpdateAccountPasswordPolicy.ts';

export const accountOperations = [
  UpdateAccountPasswordPolicy,
  GetAccountPasswordPolicy,
  DeleteAccountPasswordPolicy,
  GetAccountSummary,
  GenerateCredentialReport,
  GetCredentialReport,
  CreateAccountAlias,
  ListAccountAliases,
  DeleteAccountAlias,
] as unknown as readonly OperationDef<never, unknown>[];
