import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { Organisation } from "../../modules/organisations/organisation.entity";
import { User } from "../../modules/users/user.entity";

/**
 * An organisation's OpenID Connect identity provider: its people sign in there ("Logga in via
 * <organisation>"). Configured by the platform administrator; at most one per organisation.
 */
@ObjectType("IdentityProviderSettings", {
  description: "An organisation's single sign-on (OpenID Connect); the client secret is never shown, only whether it is set",
})
@Entity("identity_provider")
export class IdentityProvider {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Index({ unique: true })
  @Column({ type: "int" })
  organisationId: number;

  @ManyToOne(() => Organisation, { onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "organisationId" })
  organisation?: Organisation;

  /** The issuer identifier; its discovery document is read from `<issuer>/.well-known/openid-configuration`. */
  @Field({ description: "The issuer (https://…); its discovery document must name the same issuer" })
  @Column({ type: "varchar", length: 300 })
  issuer: string;

  @Field({ description: "The client id registered at the provider" })
  @Column({ type: "varchar", length: 200 })
  clientId: string;

  /** The client secret, sealed (shared/sealing.ts) under the session secret. Never exposed nor logged. */
  @Column({ type: "varchar", length: 700 })
  clientSecretSealed: string;

  @Field({ description: "Scopes asked for, separated by spaces; always includes openid" })
  @Column({ type: "varchar", length: 300 })
  scopes: string;

  /** The ID token claim whose value is compared with the e-mail address of the organisation's users: `email`, or e.g. `upn`. */
  @Field({ description: "The claim matched with a user's e-mail address at the first sign-in (email, or e.g. upn or preferred_username)" })
  @Column({ type: "varchar", length: 100 })
  matchClaim: string;

  @Field({ description: "When true, the organisation's people sign in only through the provider (platform administrators keep their password)" })
  @Column({ type: "boolean", default: false })
  passwordSignInDisabled: boolean;

  @Field(() => Boolean, { description: "Whether the client secret is set (it is never shown again)" })
  get clientSecretSet(): boolean {
    return !!this.clientSecretSealed;
  }

  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: "datetime" })
  updatedAt: Date;
}

/** A person's account at an identity provider (issuer and subject), linked to their Samverka account. */
@Entity("user_identity")
@Index(["issuer", "subject"], { unique: true })
export class UserIdentity {
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Index()
  @Column({ type: "int" })
  userId: number;

  @ManyToOne(() => User, { onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "userId" })
  user?: User;

  @Column({ type: "varchar", length: 300 })
  issuer: string;

  @Column({ type: "varchar", length: 255 })
  subject: string;

  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}

export enum IdentityLinkStatus {
  PENDING = "PENDING",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
}
registerEnumType(IdentityLinkStatus, {
  name: "IdentityLinkStatus",
  description: "A first sign-in waiting for the organisation administrator, approved, or rejected",
});

/**
 * A first sign-in through the provider that matched no account of the organisation: it waits until
 * the organisation's administrator approves it (which creates or links an account) or rejects it.
 */
@ObjectType({ description: "A first sign-in through the organisation's identity provider waiting for approval" })
@Entity("identity_link_request")
@Index(["identityProviderId", "subject"], { unique: true })
export class IdentityLinkRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Index()
  @Column({ type: "int" })
  organisationId: number;

  @ManyToOne(() => Organisation, { onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "organisationId" })
  organisation?: Organisation;

  @Column({ type: "int" })
  identityProviderId: number;

  @ManyToOne(() => IdentityProvider, { onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "identityProviderId" })
  identityProvider?: IdentityProvider;

  @Column({ type: "varchar", length: 300 })
  issuer: string;

  @Column({ type: "varchar", length: 255 })
  subject: string;

  @Field(() => String, { nullable: true, description: "The e-mail address the provider gave" })
  @Column({ type: "varchar", length: 254, nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: "The name the provider gave" })
  @Column({ type: "varchar", length: 200, nullable: true })
  name: string | null;

  @Field(() => IdentityLinkStatus)
  @Column({ type: "varchar", length: 10 })
  status: IdentityLinkStatus;

  /** The account linked on approval. */
  @Column({ type: "int", nullable: true })
  userId: number | null;

  @Column({ type: "int", nullable: true })
  decidedById: number | null;

  @Column({ type: "datetime", nullable: true })
  decidedAt: Date | null;

  @Field(() => Date, { description: "When the person last tried to sign in" })
  @Column({ type: "datetime" })
  requestedAt: Date;

  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}
