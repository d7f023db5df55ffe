import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import { type Context, CurrentActor } from "../graphql/context";
import { User } from "../modules/users/user.entity";
import { AcceptInvitationInput } from "../modules/users/user.inputs";
import type { Actor } from "./actor";

export const SESSION_COOKIE = "samverka_session";

@ObjectType({ description: "A sign-in: a session, or (for two-factor sign-in) the challenge of the second step" })
export class AuthPayload {
  @Field(() => String, {
    nullable: true,
    description: "Bearer token for API clients; the web app uses the httpOnly cookie set alongside. Null while a second step is due.",
  })
  token: string | null;

  @Field(() => User, { nullable: true, description: "The signed-in person; null while a second step is due" })
  user: User | null;

  @Field(() => String, {
    nullable: true,
    description: "Set when the password was right and a code is due: pass it to completeTwoFactorSignIn within five minutes. Grants nothing on its own.",
  })
  twoFactorChallenge: string | null;
}

function userAgentOf(ctx: Context): string | null {
  return ctx.req.get("user-agent") ?? null;
}

export function setSessionCookie(ctx: Context, token: string) {
  ctx.res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: ctx.config.publicUrl.startsWith("https:"),
    path: "/",
    maxAge: ctx.config.sessionTtlHours * 3_600_000,
  });
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: "Sign in; also sets the session cookie" })
  async login(@Arg("email") email: string, @Arg("password") password: string, @Ctx() ctx: Context): Promise<AuthPayload> {
    const result = await ctx.services.auth.login(email, password, ctx.req.ip ?? "unknown", userAgentOf(ctx));
    if (result.challenge !== undefined) return { token: null, user: null, twoFactorChallenge: result.challenge };
    setSessionCookie(ctx, result.token);
    return { token: result.token, user: result.user, twoFactorChallenge: null };
  }

  @Mutation(() => AuthPayload, {
    description: "The second step of signing in with two-factor: the challenge from login and a code from the app, or a recovery code; sets the session cookie",
  })
  async completeTwoFactorSignIn(@Arg("challenge") challenge: string, @Arg("code") code: string, @Ctx() ctx: Context): Promise<AuthPayload> {
    const result = await ctx.services.auth.completeSecondFactor(challenge, code, userAgentOf(ctx));
    setSessionCookie(ctx, result.token);
    return { ...result, twoFactorChallenge: null };
  }

  @Mutation(() => Boolean, { description: "End the current session" })
  async logout(@CurrentActor() actor: Actor, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.auth.logout(actor);
    ctx.res.clearCookie(SESSION_COOKIE, { path: "/" });
    return true;
  }

  @Mutation(() => AuthPayload, { description: "Set a password from an invitation and sign in" })
  async acceptInvitation(@Arg("input") input: AcceptInvitationInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    const result = await ctx.services.users.acceptInvitation(input);
    setSessionCookie(ctx, result.token);
    return { ...result, twoFactorChallenge: null };
  }

  @Mutation(() => Boolean, {
    description: "Lift every sign-in block of an account (after failed attempts); true when a block was in force. Audited.",
  })
  liftSignInThrottle(@Arg("userId", () => ID) userId: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.auth.liftSignInThrottle(actor, Number(userId));
  }
}

@Resolver(() => User)
export class SignInThrottleFields {
  @FieldResolver(() => Date, {
    nullable: true,
    description: "Until when sign-in is blocked from some address after failed attempts; only for those who may lift the block (liftSignInThrottle)",
  })
  signInBlockedUntil(@Root() user: User, @Ctx() ctx: Context): Promise<Date | null> {
    return ctx.services.auth.signInBlockedUntil(ctx.actor, user, (email) => ctx.loaders.signInBlocksByEmail.load(email));
  }
}
