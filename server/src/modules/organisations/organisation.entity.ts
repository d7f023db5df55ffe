import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

export enum OrganisationKind {
  SOCIALSTYRELSEN = "SOCIALSTYRELSEN",
  JAMSTALLDHETSMYNDIGHETEN = "JAMSTALLDHETSMYNDIGHETEN",
  LANSSTYRELSE = "LANSSTYRELSE",
  NATIONELLT_KUNSKAPSCENTRUM = "NATIONELLT_KUNSKAPSCENTRUM",
  KOMMUN = "KOMMUN",
  REGION = "REGION",
  IDEELL_ORGANISATION = "IDEELL_ORGANISATION",
  VARDANALYS = "VARDANALYS",
}
registerEnumType(OrganisationKind, { name: "OrganisationKind", description: "What kind of body an organisation is" });

/** A tenant: an agency, a county board, a kommun, a region or an NGO. Every user belongs to exactly one. */
@ObjectType()
@Entity("organisation")
export class Organisation {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Field(() => OrganisationKind)
  @Index()
  @Column({ type: "varchar", length: 40 })
  kind: OrganisationKind;

  /** Kommunkod (e.g. 1440), R+länskod for a region (R14), L+länskod for a länsstyrelse (L14), or a short name. */
  @Field()
  @Index({ unique: true })
  @Column({ type: "varchar", length: 20 })
  code: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name: string;

  /** Länskod of the county the organisation belongs to, where it has one. */
  @Field(() => String, { nullable: true })
  @Index()
  @Column({ type: "varchar", length: 2, nullable: true })
  countyCode: string | null;

  /** Invånare (kommuner only), and the year the figure is for. */
  @Field(() => Int, { nullable: true })
  @Column({ type: "int", nullable: true })
  population: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: "int", nullable: true })
  populationYear: number | null;

  /** SKR kommungrupp 2017 (A1…C9), kommuner only. */
  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 2, nullable: true })
  municipalityGroupCode: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 80, nullable: true })
  municipalityGroupName: string | null;

  /** Organisationsnummer NNNNNN-NNNN, once given (a kommun or region gives it with its requisition). */
  @Field(() => String, { nullable: true, description: "Organisationsnummer, NNNNNN-NNNN, once given" })
  @Column({ type: "varchar", length: 11, nullable: true })
  organisationNumber: string | null;

  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}
