/** Scalars shared by the types: calendar dates as `LocalDate` (yyyy-mm-dd), validated on input. */
import { LocalDateResolver } from "graphql-scalars";

export const LocalDate = LocalDateResolver;
