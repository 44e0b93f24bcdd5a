/** The sentence a console action shows when it succeeds. */

function str(params: Record<string, unknown>, name: string): string {
  const v = params[name];
  return typeof v === 'string' ? v : '';
}

function policyName(arn: string): string {
  return arn.split('/').pop() ?? arn;
}

/** A short sentence saying what a successful call did. */
export function successMessage(operation: string, params: Record<string, unknown>): string {
  const user = str(params, 'UserName');
  const group = str(params, 'GroupName');
  const role = str(params, 'RoleName');
  const policy = policyName(str(params, 'PolicyArn'));
  const key = str(params, 'AccessKeyId');
  const owner = user || 'the root user';
  switch (operation) {
    case 'CreateUser':
      return `User ${user} created.`;
    case 'DeleteUser':
      return `User ${user} deleted.`;
    case 'CreateLoginProfile':
      return `Console password set for ${user}.`;
    case 'UpdateLoginProfile':
      return `Console password of ${user} changed.`;
    case 'DeleteLoginProfile':
      return `Console access of ${user} removed.`;
    case 'ChangePassword':
      return 'Your password has been changed.';
    case 'CreateAccessKey':
      return `Access key created for ${owner}.`;
    case 'UpdateAccessKey':
      return `Access key ${key} is now ${str(params, 'Status') === 'Active' ? 'active' : 'inactive'}.`;
    case 'DeleteAccessKey':
      return `Access key ${key} deleted.`;
    case 'CreateGroup':
      return `User group ${group} created.`;
    case 'DeleteGroup':
      return `User group ${group} deleted.`;
    case 'AddUserToGroup':
      return `${user} added to ${group}.`;
    case 'RemoveUserFromGroup':
      return `${user} removed from ${group}.`;
    case 'AttachUserPolicy':
      return `${policy} attached to ${user}.`;
    case 'DetachUserPolicy':
      return `${policy} detached from ${user}.`;
    case 'AttachGroupPolicy':
      return `${policy} attached to ${group}.`;
    case 'DetachGroupPolicy':
      return `${policy} detached from ${group}.`;
    case 'AttachRolePolicy':
      return `${policy} attached to ${role}.`;
    case 'DetachRolePolicy':
      return `${policy} detached from ${role}.`;
    case 'DeleteUserPolicy':
    case 'DeleteGroupPolicy':
    case 'DeleteRolePolicy':
      return `Inline policy ${str(params, 'PolicyName')} deleted.`;
    case 'PutUserPolicy':
      return `Inline policy ${str(params, 'PolicyName')} saved on user ${user}.`;
    case 'PutGroupPolicy':
      return `Inline policy ${str(params, 'PolicyName')} saved on group ${group}.`;
    case 'PutRolePolicy':
      return `Inline policy ${str(params, 'PolicyName')} saved on role ${role}.`;
    case 'UpdateAssumeRolePolicy':
      return `Trust policy of role ${role} updated.`;
    case 'CreatePolicy':
      return `Policy ${str(params, 'PolicyName')} created.`;
    case 'CreatePolicyVersion':
      return `New version of ${policy} saved${params.SetAsDefault === true ? ' as the default' : ''}.`;
    case 'SetDefaultPolicyVersion':
      return `${str(params, 'VersionId')} is now the default version of ${policy}.`;
    case 'DeletePolicyVersion':
      return `Version ${str(params, 'VersionId')} of ${policy} deleted.`;
    case 'DeletePolicy':
      return `Policy ${policy} deleted.`;
    case 'CreateRole':
      return `Role ${role} created.`;
    case 'DeleteRole':
      return `Role ${role} deleted.`;
    case 'UpdateAccountPasswordPolicy':
      return 'Password policy saved.';
    case 'DeleteAccountPasswordPolicy':
      return "Password policy deleted: AWS's default policy applies again.";
    case 'CreateVirtualMFADevice':
      return `Virtual MFA device ${str(params, 'VirtualMFADeviceName')} created. Scan the QR code, then type two consecutive codes.`;
    case 'EnableMFADevice':
      return `MFA device assigned to ${owner}.`;
    case 'DeactivateMFADevice':
      return `MFA device removed from ${owner}.`;
    case 'DeleteVirtualMFADevice':
      return `Virtual MFA device ${str(params, 'SerialNumber')} deleted.`;
    case 'ListBuckets':
      return 'Listed your buckets.';
    case 'CreateBucket':
      return `Bucket ${str(params, 'Bucket')} created.`;
    case 'ListObjectsV2':
      return `Listed s3://${str(params, 'Bucket')}/${str(params, 'Prefix')}.`;
    case 'GetObject':
      return `Opened s3://${str(params, 'Bucket')}/${str(params, 'Key')}.`;
    case 'PutObject':
      return `Uploaded s3://${str(params, 'Bucket')}/${str(params, 'Key')}.`;
    case 'DeleteObject':
      return `Deleted s3://${str(params, 'Bucket')}/${str(params, 'Key')}.`;
    case 'GetBucketPolicy':
      return `Read the bucket policy of ${str(params, 'Bucket')}.`;
    case 'PutBucketPolicy':
      return `Bucket policy of ${str(params, 'Bucket')} saved.`;
    case 'DeleteBucketPolicy':
      return `Bucket policy of ${str(params, 'Bucket')} deleted.`;
    default:
      return `${operation} succeeded.`;
  }
}
