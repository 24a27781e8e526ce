/**
 * Buyer names typical for each country's language. Russian-style surnames take the feminine form for women,
 * as buyers actually type them; Korean names are romanised the way they appear on AliExpress addresses.
 */
import type { Rng } from '@shared/util/prng';
import type { NameGroup } from './countries';

interface NameList {
  male: readonly string[];
  female: readonly string[];
  surnames: readonly string[];
  /** Russian/Ukrainian/Kazakh: feminine surname from the masculine one. */
  feminize?: (surname: string) => string;
  /** Korean: family name first. */
  familyFirst?: boolean;
}

const slavicFeminine = (surname: string): string => {
  if (/(ов|ев|ин|ын)$/u.test(surname)) return `${surname}а`;
  if (surname.endsWith('ский')) return `${surname.slice(0, -4)}ская`;
  if (surname.endsWith('цкий')) return `${surname.slice(0, -4)}цкая`;
  return surname;
};

const NAMES: Readonly<Record<NameGroup, NameList>> = {
  ru: {
    male: ['Алексей', 'Дмитрий', 'Сергей', 'Андрей', 'Иван', 'Максим', 'Артём', 'Михаил', 'Никита', 'Павел', 'Егор', 'Владимир'],
    female: ['Анна', 'Мария', 'Екатерина', 'Ольга', 'Наталья', 'Елена', 'Татьяна', 'Юлия', 'Дарья', 'Светлана', 'Ирина', 'Ксения'],
    surnames: ['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Волков', 'Соколов', 'Лебедев', 'Козлов', 'Новиков', 'Морозов', 'Петров', 'Павлов', 'Фёдоров', 'Орлов', 'Белов', 'Ковальский'],
    feminize: slavicFeminine,
  },
  uk: {
    male: ['Олександр', 'Андрій', 'Дмитро', 'Сергій', 'Тарас', 'Богдан', 'Віталій', 'Максим'],
    female: ['Олена', 'Наталія', 'Оксана', 'Ірина', 'Юлія', 'Анастасія', 'Марія', 'Катерина'],
    surnames: ['Шевченко', 'Коваленко', 'Бондаренко', 'Ткаченко', 'Кравченко', 'Мельник', 'Бойко', 'Ковальчук', 'Лисенко', 'Савченко'],
  },
  kk: {
    male: ['Нурлан', 'Ерлан', 'Асхат', 'Данияр', 'Айдос', 'Арман', 'Ержан'],
    female: ['Айгерим', 'Динара', 'Асель', 'Жанар', 'Гульнара', 'Алия', 'Сауле'],
    surnames: ['Ахметов', 'Нурланов', 'Сейтказин', 'Жумабаев', 'Касымов', 'Омаров', 'Исаев', 'Тулегенов'],
    feminize: slavicFeminine,
  },
  en: {
    male: ['James', 'Michael', 'David', 'John', 'Daniel', 'Chris', 'Matthew', 'Ryan', 'Kevin', 'Brian', 'Tyler', 'Oliver'],
    female: ['Jennifer', 'Sarah', 'Jessica', 'Emily', 'Ashley', 'Amanda', 'Megan', 'Laura', 'Emma', 'Olivia', 'Hannah', 'Chloe'],
    surnames: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Anderson', 'Thomas', 'Moore', 'Clark', 'Walker', 'Hughes', 'Evans'],
  },
  pt: {
    male: ['João', 'Pedro', 'Lucas', 'Gabriel', 'Rafael', 'Mateus', 'Thiago', 'Bruno', 'Felipe', 'Gustavo'],
    female: ['Ana', 'Mariana', 'Juliana', 'Fernanda', 'Camila', 'Beatriz', 'Larissa', 'Patrícia', 'Aline', 'Letícia'],
    surnames: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Rodrigues', 'Almeida', 'Nascimento', 'Lima', 'Araújo', 'Ferreira', 'Carvalho', 'Gomes'],
  },
  es: {
    male: ['José', 'Carlos', 'Javier', 'Miguel', 'Alejandro', 'Diego', 'Sergio', 'Pablo', 'Andrés', 'Luis', 'Fernando', 'Jorge'],
    female: ['María', 'Lucía', 'Carmen', 'Laura', 'Sofía', 'Paula', 'Valentina', 'Isabel', 'Marta', 'Camila', 'Daniela', 'Elena'],
    surnames: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz', 'Díaz', 'Torres', 'Rojas', 'Muñoz'],
  },
  fr: {
    male: ['Julien', 'Nicolas', 'Thomas', 'Maxime', 'Antoine', 'Pierre', 'Alexandre', 'Hugo', 'Louis', 'Mathieu'],
    female: ['Camille', 'Julie', 'Marie', 'Léa', 'Manon', 'Chloé', 'Sophie', 'Claire', 'Inès', 'Élodie'],
    surnames: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Peeters'],
  },
  pl: {
    male: ['Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Michał', 'Marcin', 'Jakub', 'Łukasz'],
    female: ['Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Monika', 'Aleksandra', 'Zofia'],
    surnames: ['Nowak', 'Kowalczyk', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Dąbrowski', 'Mazur'],
    feminize: (surname) => (surname.endsWith('ski') ? `${surname.slice(0, -3)}ska` : surname),
  },
  ko: {
    male: ['Minjun', 'Seojun', 'Doyun', 'Jiho', 'Hyunwoo', 'Junseo', 'Sungmin'],
    female: ['Seoyeon', 'Jiwoo', 'Minji', 'Soyeon', 'Hayoon', 'Yuna', 'Jieun'],
    surnames: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim'],
    familyFirst: true,
  },
  he: {
    male: ['Yosef', 'David', 'Moshe', 'Daniel', 'Itai', 'Noam', 'Amit', 'Eitan'],
    female: ['Noa', 'Tamar', 'Shira', 'Maya', 'Yael', 'Adi', 'Michal', 'Rivka'],
    surnames: ['Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Biton', 'Dahan', 'Avraham', 'Friedman', 'Azoulay', 'Katz'],
  },
  nl: {
    male: ['Daan', 'Sem', 'Lucas', 'Bram', 'Thijs', 'Jeroen', 'Ruben', 'Stijn'],
    female: ['Emma', 'Sanne', 'Lotte', 'Anouk', 'Fleur', 'Lisa', 'Eva', 'Femke'],
    surnames: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder'],
  },
  de: {
    male: ['Lukas', 'Jonas', 'Felix', 'Maximilian', 'Tobias', 'Stefan', 'Florian', 'Jan'],
    female: ['Anna', 'Lena', 'Julia', 'Laura', 'Katharina', 'Sabine', 'Lea', 'Johanna'],
    surnames: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Schulz'],
  },
  it: {
    male: ['Marco', 'Luca', 'Giuseppe', 'Alessandro', 'Matteo', 'Andrea', 'Francesco'],
    female: ['Giulia', 'Francesca', 'Chiara', 'Sara', 'Martina', 'Alessia', 'Valentina'],
    surnames: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco'],
  },
};

/** A full name as the buyer would write it in their address; some buyers give only first name + initial. */
export function buyerName(rng: Rng, group: NameGroup): string {
  const list = NAMES[group];
  const female = rng.chance(0.55);
  const given = rng.pick(female ? list.female : list.male);
  const rawSurname = rng.pick(list.surnames);
  const surname = female && list.feminize ? list.feminize(rawSurname) : rawSurname;
  if (list.familyFirst) return `${surname} ${given}`;
  if (rng.chance(0.08)) return `${given} ${surname.charAt(0)}.`;
  return `${given} ${surname}`;
}
