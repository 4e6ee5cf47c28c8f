/**
 * Common Dutch (and Frisian, and in the Netherlands common non-Dutch) given names. A capitalised
 * word from this list followed by a surname is a person's full name ("Annet Dijkhuis", "Koen van
 * Wijngaarden"); without the list, two capitalised words are as often a place or a body
 * ("Den Haag", "Tweede Kamer"). Generic language data: the names are frequent in the population,
 * not a list of anybody in particular.
 */
const MALE = `
Aad Aart Abdel Abdelkader Abe Abel Abraham Achmed Adam Adri Adriaan Ahmed Ahmet Aijo Ake Albert Albertus Alex Alexander Alfons Ali Allard Alwin Andre André Andreas Andries Anne Anno Anouar Anton Antoon Ard Arend Arie Arjan Arjen Arnold Arnoud Arthur Auke Barend Bart Bas Bastiaan Ben Benno Bernard Bert Bertus Bob Boudewijn Bouke Bram Brecht Bruno Carel Carl Casper Cees Chris Christiaan Christian Christophe Cor Coen Constant Cornelis Daan Dave David Dennis Derk Desiré Dick Diederik Dirk Dolf Dominique Douwe Dries Edwin Eelco Eeltje Egbert Emile Enno Eppo Erik Ernst Ewout Ferd Ferdinand Floor Floris Frank Frans Fred Frederik Freek Frits Gerard Gerben Gerrit Gert Gertjan Gerwin Gijs Gilles Godfried Govert Guus Hamid Han Hans Harm Harold Harry Hein Hendrik Henk Henri Herman Hessel Hidde Hubert Hugo Huib Ids Ivo Jaap Jacob Jacco Jack Jacques Jakob Jan Jan-Willem Jasper Jelle Jeroen Jesse Job Joep Johan Johannes John Jon Joop Joost Joris Jos Jose José Josef Joseph Jozef Jules Jurgen Jürgen Justin Karel Kees Klaas Koen Koos Kristian Lars Laurens Leen Lennart Leo Leon Lex Lodewijk Louis Luc Lucas Ludo Luuk Maarten Marc Marcel Marco Marcus Marinus Mark Marten Martijn Martin Mathieu Matthijs Maurice Max Meindert Melle Menno Michel Michiel Mohamed Mustafa Niek Niels Nico Noud Olaf Onno Otto Paul Peter Piet Pieter Pim Quirijn Ralph Ramon Reinier Reinout René Rens Richard Rick Rien Rik Rob Robert Robbert Robin Roel Rogier Roland Rolf Ronald Roy Ruben Rudi Rudolf Ruud Rutger Sander Sebastiaan Sietse Sijbrand Simon Sjaak Sjoerd Stef Stefan Steven Sybrand Taco Teun Theo Thijs Thom Thomas Tijmen Tim Tjeerd Tom Ton Tonnis Twan Victor Viktor Vincent Walter Wiebe Wiebren Wilfried Willem Wim Wopke Wouter Wybren Youssef Yusuf
`;
const FEMALE = `
Aafke Aaltje Adriana Agnes Aleid Alexandra Alice Alida Aline Amber Amy Ank Anke Anna Annabel Anne Anneke Annelies Annemarie Annemiek Annet Annette Annie Anouk Antje Astrid Aukje Barbara Bea Beatrix Bernadette Bettine Bianca Birgit Brigitte Carla Carola Caroline Catharina Cathelijne Charlotte Chantal Christa Christine Claire Claudia Conny Cora Corine Corinne Daphne Debby Denise Diana Dilan Dineke Dorien Doris Dorothé Edith Eline Elise Elisabeth Ella Ellen Els Elske Elly Emma Esmée Esther Eva Evelien Fatima Femke Fenna Fleur Floor Francien Frederique Frieda Gea Geertje Gerda Gerdien Grietje Hanna Hannah Hanneke Hannie Heleen Helen Helga Hélène Hendrika Henriëtte Hester Hetty Hilde Hillie Ida Ilse Inge Ingeborg Ingrid Iris Irma Ivonne Jacqueline Janine Janneke Janny Jantien Jantine Jeanet Jeanine Jenny Jet Jetske Jetta Jetty Joke Jolanda Jolande Joyce Judith Julia Juliette Karin Karen Kathleen Katja Kim Klaske Lara Laura Lea Leonie Lia Liesbeth Lieke Lilian Linda Lisa Lisette Loes Lotte Louise Lucia Lydia Maaike Madeleine Madelon Maja Mara Margreet Margriet Maria Marie Mariëlle Marianne Marieke Marijke Marijn Marion Marja Marjan Marjolein Marjon Marleen Marlies Marloes Marta Martha Martine Mary Maud Merel Mieke Mirjam Miriam Monique Myrthe Nadia Nancy Natasja Nicole Nienke Nina Noor Nora Paula Pauline Petra Pia Priscilla Rebecca Renate Rianne Rike Rina Rita Roos Rosa Rosalie Ruth Sabine Sandra Sanne Sara Sarah Saskia Sharon Simone Sofie Sophie Stephanie Susan Suzanne Sylvia Tamara Tanja Teuntje Thea Tineke Tjitske Tonny Truus Ursula Vera Willemijn Wilma Yvonne Yasmina Zeynep
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set([...MALE.split(/\s+/), ...FEMALE.split(/\s+/)].filter((n) => n.length > 0));

const MALE_NAMES: ReadonlySet<string> = new Set(MALE.split(/\s+/).filter((n) => n.length > 0));
const FEMALE_NAMES: ReadonlySet<string> = new Set(FEMALE.split(/\s+/).filter((n) => n.length > 0));

export type Gender = "male" | "female";

/** The gender a given name usually has, when the lists give it only one ("Anne" and "Floor" are both). A double name goes by its first part. */
export function genderOfFirstName(word: string): Gender | undefined {
  const first = word.split("-")[0]!;
  const male = MALE_NAMES.has(first);
  const female = FEMALE_NAMES.has(first);
  return male === female ? undefined : male ? "male" : "female";
}

/** A given name, also a double one whose parts are given names ("Gert-Jan", "Anne-Marie"). */
export function isFirstName(word: string): boolean {
  return FIRST_NAMES.has(word) || (word.includes("-") && word.split("-").every((part) => FIRST_NAMES.has(part)));
}
