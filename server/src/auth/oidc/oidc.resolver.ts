import { IsOptional, MaxLength } from "class-validator";
import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { type Context, CurrentActor } from "../../graphql/context";
import type { Actor } from "../actor";
import { SESSION_COOKIE } from "../auth.resolver";
import { Role } from "../roles";
import { IdentityLinkRequest, IdentityProvider } from "./identity-provider.entity";

@ObjectType({ description: "An organisation whose people can sign in through its identity provider" })
export class SignInProvider {
  @Field({ description: "The organisation's code; the sign-in starts at /api/auth/oidc/<code>/start" })
  organisationCode: string;

  @Field()
  organisationName: string;
}

@ObjectType({ description: "A sign-out" })
export class SignOutPayload {
  @Field(() => String, {
    nullable: true,
    description: "Where the browser goes next to sign out at the identity provider too (its end_session_endpoint); null when the sign-in was not through one",
  })
  providerLogoutUrl: string | null;
}

@InputType({ description: "An organisation's single sign-on through OpenID Connect" })
export class IdentityProviderInput {
  @Field(() => ID)
  organisationId: string;

  @Field({ description: "The issuer, e.g. https://login.example.se; its discovery document must name the same issuer" })
  @MaxLength(300)
  issuer: string;

  @Field()
  @MaxLength(200)
  clientId: string;

  @Field(() => String, { nullable: true, description: "Required the first time; left out, the stored secret is kept. Never shown again." })
  @IsOptional()
  @MaxLength(400)
  clientSecret?: string | null;

  @Field(() => String, { nullable: true, description: "Separated by spaces; openid email profile when left out" })
  @IsOptional()
  @MaxLength(300)
  scopes?: string | null;

  @Field(() => String, { nullable: true, description: "The claim matched with users' e-mail addresses; email when left out" })
  @IsOptional()
  @MaxLength(100)
  matchClaim?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Refuse password sign-in of the organisation's people (platform administrators keep theirs)" })
  @IsOptional()
  passwordSignInDisabled?: boolean | null;
}

@Resolver()
export class OidcResolver {
  @Query(() => [SignInProvider], { description: "The organisations offered as 'Logga in via <organisation>' on the sign-in page (at most 50)" })
  signInProviders(@Ctx() ctx: Context) {
    return ctx.services.oidc.signInProviders();
  }

  @Query(() => IdentityProvider, { nullable: true, description: "An organisation's identity provider (platform administrator)" })
  identityProvider(@Arg("organisationId", () => ID) organisationId: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.oidc.settings(actor, Number(organisationId));
  }

  @Mutation(() => IdentityProvider, { description: "Configure an organisation's identity provider (platform administrator). Audited without the secret." })
  setIdentityProvider(@Arg("input") input: IdentityProviderInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.oidc.setSettings(actor, { ...input, organisationId: Number(input.organisationId) });
  }

  @Mutation(() => Boolean, { description: "Remove an organisation's identity provider; its people sign in with passwords again" })
  removeIdentityProvider(@Arg("organisationId", () => ID) organisationId: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.oidc.removeSettings(actor, Number(organisationId));
  }

  @Query(() => [IdentityLinkRequest], {
    description: "First sign-ins through the organisation's identity provider waiting for approval (at most 50, oldest first)",
  })
  identityLinkRequests(@Arg("organisationId", () => ID) organisationId: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.oidc.linkRequests(actor, Number(organisationId));
  }

  @Mutation(() => IdentityLinkRequest, {
    description: "Approve a first sign-in: link it to an existing account of the organisation (userId), or create an account with the given roles",
  })
  approveIdentityLinkRequest(
    @Arg("id", () => ID) id: string,
    @Arg("roles", () => [Role], { defaultValue: [] }) roles: Role[],
    @Arg("userId", () => ID, { nullable: true }) userId: string | null,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.oidc.approveLinkRequest(actor, Number(id), roles.slice(0, 10), userId == null ? null : Number(userId));
  }

  @Mutation(() => IdentityLinkRequest, { description: "Reject a first sign-in; the person cannot sign in through the provider" })
  rejectIdentityLinkRequest(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.oidc.rejectLinkRequest(actor, Number(id));
  }

  @Mutation(() => SignOutPayload, { description: "End the current session; when it was opened through an identity provider, also where to sign out there" })
  async signOut(@CurrentActor() actor: Actor, @Ctx() ctx: Context): Promise<SignOutPayload> {
    const ended = await ctx.services.auth.logout(actor);
    ctx.res.clearCookie(SESSION_COOKIE, { path: "/" });
    return { providerLogoutUrl: await ctx.services.oidc.providerLogoutUrl(ended) };
  }
}
