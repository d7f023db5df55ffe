export type UserStatus = "active" | "inactive" | "invited";

/** aktiv / inaktiv / inbjudan skickad */
export function userStatus(u: { active: boolean; invitationPending: boolean }): UserStatus {
  if (!u.active) return "inactive";
  return u.invitationPending ? "invited" : "active";
}
