import { Length, MaxLength } from "class-validator";
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { User } from "../modules/users/user.entity";
import { type Context, CurrentActor } from "../graphql/context";
import { validationMessage } from "../shared/field-messages";
import type { Actor } from "./actor";
import { SESSION_COOKIE } from "./auth.resolver";

@ObjectType({ description: "One of the signed-in person's own sessions (a browser or API client that is signed in)" })
export class AccountSession {
  @Field(() => String, { description: "The start of the session's stored digest: names it to endSession, opens nothing" })
  id: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "The last request, to the nearest few minutes" })
  lastUsedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The browser and system, e.g. 'Firefox, Windows'" })
  userAgent: string | null;

  @Field({ description: "The session of this request" })
  current: boolean;
}

@ObjectType({ description: "The signed-in person's two-factor sign-in" })
export class TwoFactorStatus {
  @Field()
  enabled: boolean;

  @Field({ description: "The platform requires it of this person before they decide on or pay out money; until then those abilities are refused" })
  required: boolean;

  @Field(() => Int, { description: "Recovery codes not yet used" })
  recoveryCodesLeft: number;
}

@ObjectType({ description: "A started enrolment: shown once, confirmed with a code (confirmTwoFactorEnrolment)" })
export class TwoFactorEnrolment {
  @Field({ description: "The secret as text (base32), for typing into an app by hand" })
  secret: string;

  @Field({ description: "The otpauth:// address the QR code holds" })
  uri: string;

  @Field({ description: "The QR code as a PNG data URL" })
  qrCode: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @MaxLength(200)
  currentPassword: string;

  @Field()
  @Length(12, 200, { message: validationMessage("users.passwordTooShort") })
  newPassword: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: "The token of the link mailed by requestPasswordReset" })
  @Length(20, 200, { message: validationMessage("users.resetLinkIsInvalid") })
  token: string;

  @Field()
  @Length(12, 200, { message: validationMessage("users.passwordTooShort") })
  password: string;
}

@Resolver()
export class AccountResolver {
  @Query(() => [AccountSession], { description: "The signed-in person's sessions that have not expired, newest first (at most 50)" })
  mySessions(@CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.account.sessions(actor);
  }

  @Query(() => TwoFactorStatus)
  myTwoFactor(@CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.account.twoFactorStatus(actor);
  }

  @Mutation(() => Boolean, { description: "Change one's own password; the current one is required and every other session ends" })
  changePassword(@Arg("input") input: ChangePasswordInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.account.changePassword(actor, input.currentPassword, input.newPassword);
  }

  @Mutation(() => Boolean, {
    description: "Glömt lösenord: mails a single-use link (valid for an hour) if the address has an account; the answer is the same either way",
  })
  requestPasswordReset(@Arg("email") email: string, @Ctx() ctx: Context) {
    return ctx.services.account.requestPasswordReset(email, ctx.req.ip ?? "unknown");
  }

  @Mutation(() => Boolean, { description: "Set a new password from a reset link; every session of the account ends. Sign in afterwards." })
  resetPassword(@Arg("input") input: ResetPasswordInput, @Ctx() ctx: Context) {
    return ctx.services.account.resetPassword(input.token, input.password);
  }

  @Mutation(() => Boolean, { description: "End one of one's own sessions (the current one signs out)" })
  async endSession(@Arg("id", () => String) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    const ended = await ctx.services.account.endSession(actor, id);
    if (actor.sessionId.startsWith(id)) ctx.res.clearCookie(SESSION_COOKIE, { path: "/" });
    return ended;
  }

  @Mutation(() => Int, { description: "End every session of one's own but this one; returns how many ended" })
  endOtherSessions(@CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.account.endOtherSessions(actor);
  }

  @Mutation(() => TwoFactorEnrolment, { description: "Start two-factor enrolment: a new secret with its QR code, confirmed by confirmTwoFactorEnrolment" })
  startTwoFactorEnrolment(@CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.account.startTwoFactorEnrolment(actor);
  }

  @Mutation(() => Boolean, {
    description: "Turn one's own two-factor sign-in off, with the password and a current code; refused while the platform requires it",
  })
  disableTwoFactor(@Arg("password") password: string, @Arg("code") code: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.account.disableTwoFactor(actor, password, code);
  }

  @Mutation(() => User, {
    description: "Reset a user's two-factor sign-in (an administrator of the user's organisation): their sessions end and they are mailed",
  })
  resetUserTwoFactor(@Arg("userId", () => ID) userId: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.account.resetTwoFactor(actor, Number(userId));
  }

  @Mutation(() => [String], { description: "Confirm enrolment with a code from the app; returns ten recovery codes, shown this once" })
  confirmTwoFactorEnrolment(@Arg("code") code: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.account.confirmTwoFactorEnrolment(actor, code);
  }
}
