namespace Portal.Admin.Audit;

/// <summary>The actions the account and user pages record; the audit page filters on these names.</summary>
public static class AuditActions
{
    public const string Login = "account.login";
    public const string LoginFailed = "account.login-failed";
    public const string LockedOut = "account.locked-out";
    public const string Logout = "account.logout";
    public const string ResetRequested = "account.reset-requested";
    public const string ResetMailed = "account.reset-mailed";
    public const string ResetDone = "account.reset-done";
    public const string TwoFactorOn = "account.2fa-on";
    public const string TwoFactorOff = "account.2fa-off";
    public const string RecoveryCodes = "account.recovery-codes";
    public const string Invite = "user.invite";
    public const string RoleChange = "user.role";
    public const string Disable = "user.disable";
    public const string Enable = "user.enable";
}
