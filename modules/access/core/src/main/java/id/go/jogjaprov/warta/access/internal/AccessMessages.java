package id.go.jogjaprov.warta.access.internal;

import id.go.jogjaprov.warta.kernel.MessageKey;

/** The access module's sentences for users; texts in the same-named bundle (Indonesian, _en). */
public enum AccessMessages implements MessageKey {
  FIELD_REASON,
  SHARE_UP_TO_OWN_CLEARANCE,
  GRANT_UNTIL_OUT_OF_RANGE,
  NO_ACTIVE_ACCOUNT,
  NO_SHARING_WITH_YOURSELF,
  AUDITORS_ONLY,
  AUDIT_ACTION_READ,
  AUDIT_ACTION_VERIFY,
  SSO_ADMINS_ONLY,
  ADMIN_CANNOT_CHANGE_SELF,
  BIASA_IS_NO_CLEARANCE,
  CLEARANCE_REQUEST_NOT_FOUND,
  CLEARANCE_REQUEST_ALREADY_DECIDED,
  TOP_SECRET_NEEDS_ANOTHER_ADMIN,
  USER_NOT_FOUND,
  UNIT_NOT_FOUND
}
