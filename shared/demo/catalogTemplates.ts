/**
 * Product families the demo stores sell. `{spec}` in titles and descriptions is replaced by one of `specs`
 * (a wattage, a length, a model…), so one family yields several distinct listings, as real sellers list them.
 * Prices are US cents; weights grams; package centimetres.
 */
import type { BuyerLanguage, CategoryId } from '@shared/domain/types';

export type LocalizedText = Record<BuyerLanguage, string>;
export type Spec = string | LocalizedText;

const spec = (en: string, ru: string, pt: string, es: string, fr: string): LocalizedText => ({
  en,
  ru,
  pt,
  es,
  fr,
});
/** Russian writes power as "15 Вт"; the others keep the Latin unit. */
const watts = (value: string): LocalizedText =>
  spec(`${value}W`, `${value} Вт`, `${value}W`, `${value}W`, `${value}W`);
const pieces = (count: number): LocalizedText =>
  spec(`${count} pcs`, `${count} шт.`, `${count} unid.`, `${count} uds.`, `${count} pcs`);
const inOne = (count: number): LocalizedText =>
  spec(`${count} in 1`, `${count} в 1`, `${count} em 1`, `${count} en 1`, `${count} en 1`);

/** The spec as written in one language. */
export function specText(value: Spec, language: BuyerLanguage): string {
  return typeof value === 'string' ? value : value[language];
}

export interface ProductTemplate {
  category: CategoryId;
  title: LocalizedText;
  description: LocalizedText;
  /** A spec is language-neutral ('iPhone 15', '5m') or translated. */
  specs: readonly Spec[];
  attributes: Record<string, string>;
  priceCents: readonly [number, number];
  weightGrams: readonly [number, number];
  packageCm: { length: number; width: number; height: number };
  colours: readonly string[];
  sizes?: readonly string[];
}

const COLOURS_TECH = ['Black', 'White', 'Blue', 'Pink', 'Green', 'Purple', 'Silver'];
const COLOURS_KIDS = ['Pink', 'Blue', 'Black', 'Purple', 'Green'];
const COLOURS_HOME = ['White', 'Grey', 'Green', 'Beige', 'Black', 'Red'];
const COLOURS_FASHION = ['Black', 'White', 'Beige', 'Navy', 'Burgundy', 'Khaki', 'Pink', 'Green'];
const CLOTHING_SIZES = ['S', 'M', 'L', 'XL', '2XL'];

export const PRODUCT_TEMPLATES: readonly ProductTemplate[] = [
  // ── phone-accessories ──────────────────────────────────────────────────────────────────────────────
  {
    category: 'phone-accessories',
    title: {
      en: 'Magnetic Wireless Charger {spec} for iPhone',
      ru: 'Магнитное беспроводное зарядное устройство {spec} для iPhone',
      pt: 'Carregador Sem Fio Magnético {spec} para iPhone',
      es: 'Cargador Inalámbrico Magnético {spec} para iPhone',
      fr: 'Chargeur Sans Fil Magnétique {spec} pour iPhone',
    },
    description: {
      en: 'Snaps onto MagSafe-compatible phones and charges at up to {spec}. Overheat and foreign-object protection, 1 m USB-C cable included.',
      ru: 'Крепится к телефонам с MagSafe и заряжает мощностью до {spec}. Защита от перегрева и посторонних предметов, кабель USB-C 1 м в комплекте.',
      pt: 'Encaixa em celulares compatíveis com MagSafe e carrega com até {spec}. Proteção contra superaquecimento, cabo USB-C de 1 m incluso.',
      es: 'Se acopla a teléfonos compatibles con MagSafe y carga hasta {spec}. Protección contra sobrecalentamiento, cable USB-C de 1 m incluido.',
      fr: "Se fixe aux téléphones compatibles MagSafe et charge jusqu'à {spec}. Protection contre la surchauffe, câble USB-C de 1 m inclus.",
    },
    specs: [watts('15'), watts('20'), watts('7.5')],
    attributes: { material: 'Aluminium alloy', input: 'USB-C', certification: 'CE, FCC' },
    priceCents: [690, 1990],
    weightGrams: [80, 140],
    packageCm: { length: 12, width: 10, height: 4 },
    colours: COLOURS_TECH,
  },
  {
    category: 'phone-accessories',
    title: {
      en: 'Braided USB-C Fast Charging Cable {spec}',
      ru: 'Кабель USB-C в оплётке для быстрой зарядки {spec}',
      pt: 'Cabo USB-C Trançado de Carregamento Rápido {spec}',
      es: 'Cable USB-C Trenzado de Carga Rápida {spec}',
      fr: 'Câble USB-C Tressé Charge Rapide {spec}',
    },
    description: {
      en: 'Nylon-braided cable, {spec}, supports 60 W PD fast charging and 480 Mbps data. Tested for 20,000 bends.',
      ru: 'Кабель в нейлоновой оплётке, {spec}, поддерживает быструю зарядку PD 60 Вт и передачу данных 480 Мбит/с. Выдерживает 20 000 изгибов.',
      pt: 'Cabo trançado em nylon, {spec}, suporta carregamento rápido PD de 60 W e dados a 480 Mbps.',
      es: 'Cable trenzado de nailon, {spec}, admite carga rápida PD de 60 W y datos a 480 Mbps.',
      fr: 'Câble tressé en nylon, {spec}, compatible charge rapide PD 60 W et données 480 Mbit/s.',
    },
    specs: ['1m', '2m', '3m', '0.5m'],
    attributes: { material: 'Nylon', connector: 'USB-C to USB-C', power: '60W' },
    priceCents: [199, 699],
    weightGrams: [30, 70],
    packageCm: { length: 15, width: 8, height: 2 },
    colours: ['Black', 'White', 'Red', 'Grey'],
  },
  {
    category: 'phone-accessories',
    title: {
      en: 'Shockproof Clear Case for {spec}',
      ru: 'Противоударный прозрачный чехол для {spec}',
      pt: 'Capa Transparente À Prova de Choque para {spec}',
      es: 'Funda Transparente Antigolpes para {spec}',
      fr: 'Coque Transparente Antichoc pour {spec}',
    },
    description: {
      en: 'Crystal-clear TPU case for {spec} with reinforced corners and raised camera edge. Does not yellow.',
      ru: 'Прозрачный чехол из TPU для {spec} с усиленными углами и бортиком вокруг камеры. Не желтеет.',
      pt: 'Capa de TPU transparente para {spec} com cantos reforçados e borda elevada na câmera.',
      es: 'Funda de TPU transparente para {spec} con esquinas reforzadas y borde elevado en la cámara.',
      fr: 'Coque en TPU transparente pour {spec}, coins renforcés et rebord surélevé autour de la caméra.',
    },
    specs: [
      'iPhone 15 Pro',
      'iPhone 15',
      'iPhone 14',
      'Samsung Galaxy S24',
      'Xiaomi Redmi Note 13',
      'iPhone 13',
    ],
    attributes: { material: 'TPU', feature: 'Shockproof' },
    priceCents: [149, 499],
    weightGrams: [25, 45],
    packageCm: { length: 18, width: 10, height: 2 },
    colours: ['Clear', 'Clear Black', 'Clear Pink', 'Clear Blue'],
  },
  {
    category: 'phone-accessories',
    title: {
      en: 'Tempered Glass Screen Protector for {spec}, 3 pcs',
      ru: 'Защитное закалённое стекло для {spec}, 3 шт.',
      pt: 'Película de Vidro Temperado para {spec}, 3 unid.',
      es: 'Protector de Pantalla de Vidrio Templado para {spec}, 3 uds.',
      fr: "Protection d'Écran en Verre Trempé pour {spec}, 3 pcs",
    },
    description: {
      en: '9H tempered glass for {spec}, full coverage, oleophobic coating, installation frame included.',
      ru: 'Закалённое стекло 9H для {spec}, полное покрытие, олеофобное покрытие, рамка для наклейки в комплекте.',
      pt: 'Vidro temperado 9H para {spec}, cobertura total, moldura de instalação inclusa.',
      es: 'Vidrio templado 9H para {spec}, cobertura total, marco de instalación incluido.',
      fr: "Verre trempé 9H pour {spec}, couverture totale, cadre d'installation inclus.",
    },
    specs: ['iPhone 15 Pro Max', 'iPhone 15', 'Samsung Galaxy A54', 'Xiaomi 13T', 'iPhone 12'],
    attributes: { hardness: '9H', material: 'Tempered glass' },
    priceCents: [129, 399],
    weightGrams: [40, 90],
    packageCm: { length: 19, width: 11, height: 2 },
    colours: ['Clear'],
  },
  {
    category: 'phone-accessories',
    title: {
      en: 'GaN Fast Charger {spec} USB-C Wall Adapter',
      ru: 'Быстрое зарядное устройство GaN {spec} с USB-C',
      pt: 'Carregador Rápido GaN {spec} USB-C',
      es: 'Cargador Rápido GaN {spec} USB-C',
      fr: 'Chargeur Rapide GaN {spec} USB-C',
    },
    description: {
      en: 'Compact gallium-nitride charger, {spec} total output, PD 3.0 and QC 4.0, foldable EU/US plug.',
      ru: 'Компактное зарядное устройство на нитриде галлия, общая мощность {spec}, PD 3.0 и QC 4.0, складная вилка.',
      pt: 'Carregador compacto de nitreto de gálio, saída total de {spec}, PD 3.0 e QC 4.0.',
      es: 'Cargador compacto de nitruro de galio, salida total de {spec}, PD 3.0 y QC 4.0.',
      fr: 'Chargeur compact au nitrure de gallium, puissance totale {spec}, PD 3.0 et QC 4.0.',
    },
    specs: [watts('20'), watts('33'), watts('65'), watts('100')],
    attributes: { technology: 'GaN', plug: 'EU / US', ports: 'USB-C + USB-A' },
    priceCents: [590, 2490],
    weightGrams: [60, 180],
    packageCm: { length: 9, width: 7, height: 5 },
    colours: ['White', 'Black'],
  },
  {
    category: 'phone-accessories',
    title: {
      en: 'Car Phone Holder {spec} Air Vent Mount',
      ru: 'Автомобильный держатель для телефона {spec} на дефлектор',
      pt: 'Suporte Veicular para Celular {spec} de Saída de Ar',
      es: 'Soporte de Coche para Móvil {spec} de Rejilla',
      fr: "Support Téléphone Voiture {spec} pour Grille d'Aération",
    },
    description: {
      en: '{spec} mount that clips to the air vent, 360° rotation, fits phones 4.7–7 inches.',
      ru: 'Держатель {spec}, крепится на дефлектор, поворот на 360°, для телефонов 4,7–7 дюймов.',
      pt: 'Suporte {spec} para saída de ar, rotação de 360°, para celulares de 4,7 a 7 polegadas.',
      es: 'Soporte {spec} para rejilla, rotación de 360°, para móviles de 4,7 a 7 pulgadas.',
      fr: 'Support {spec} à clipser sur la grille, rotation 360°, pour téléphones de 4,7 à 7 pouces.',
    },
    specs: [
      spec('Magnetic', 'магнитный', 'Magnético', 'Magnético', 'Magnétique'),
      spec('Gravity', 'гравитационный', 'Gravidade', 'de Gravedad', 'à Gravité'),
      spec(
        'Wireless Charging',
        'с беспроводной зарядкой',
        'com Carregamento Sem Fio',
        'con Carga Inalámbrica',
        'avec Charge Sans Fil',
      ),
    ],
    attributes: { mount: 'Air vent', rotation: '360°' },
    priceCents: [290, 1590],
    weightGrams: [70, 200],
    packageCm: { length: 14, width: 10, height: 6 },
    colours: ['Black', 'Silver'],
  },
  {
    category: 'phone-accessories',
    title: {
      en: 'Wireless Earbuds {spec} Bluetooth 5.3',
      ru: 'Беспроводные наушники {spec} Bluetooth 5.3',
      pt: 'Fones de Ouvido Sem Fio {spec} Bluetooth 5.3',
      es: 'Auriculares Inalámbricos {spec} Bluetooth 5.3',
      fr: 'Écouteurs Sans Fil {spec} Bluetooth 5.3',
    },
    description: {
      en: 'Bluetooth 5.3 earbuds with {spec}, 30 h total playback with the case, touch control, IPX5.',
      ru: 'Наушники Bluetooth 5.3 с функцией {spec}, до 30 ч работы с кейсом, сенсорное управление, IPX5.',
      pt: 'Fones Bluetooth 5.3 com {spec}, 30 h de reprodução com o estojo, controle por toque, IPX5.',
      es: 'Auriculares Bluetooth 5.3 con {spec}, 30 h de reproducción con el estuche, control táctil, IPX5.',
      fr: 'Écouteurs Bluetooth 5.3 avec {spec}, 30 h d’autonomie avec le boîtier, commandes tactiles, IPX5.',
    },
    specs: [
      'ANC',
      'ENC',
      spec('Low Latency', 'низкой задержкой', 'Baixa Latência', 'Baja Latencia', 'Faible Latence'),
    ],
    attributes: { bluetooth: '5.3', waterproof: 'IPX5', battery: '30 h' },
    priceCents: [890, 2990],
    weightGrams: [50, 90],
    packageCm: { length: 10, width: 9, height: 5 },
    colours: ['Black', 'White', 'Blue'],
  },
  // ── led-lighting ──────────────────────────────────────────────────────────────────────────────────
  {
    category: 'led-lighting',
    title: {
      en: 'RGB LED Strip {spec} with Bluetooth App Control',
      ru: 'Светодиодная RGB лента {spec} с управлением через приложение',
      pt: 'Fita de LED RGB {spec} com Controle por App Bluetooth',
      es: 'Tira LED RGB {spec} con Control por App Bluetooth',
      fr: 'Ruban LED RGB {spec} avec Contrôle par Application Bluetooth',
    },
    description: {
      en: '5050 RGB LED strip, {spec}, music sync, timer, 16 million colours, adhesive back, USB or 12 V adapter.',
      ru: 'Светодиодная лента RGB 5050, {spec}, синхронизация с музыкой, таймер, 16 млн цветов, клейкая основа.',
      pt: 'Fita de LED RGB 5050, {spec}, sincroniza com música, timer, 16 milhões de cores, adesiva.',
      es: 'Tira LED RGB 5050, {spec}, sincronización con música, temporizador, 16 millones de colores, adhesiva.',
      fr: 'Ruban LED RGB 5050, {spec}, synchronisation musicale, minuterie, 16 millions de couleurs, adhésif.',
    },
    specs: ['5m', '10m', '15m', '20m', '2m USB'],
    attributes: { chip: 'SMD 5050', control: 'Bluetooth app + remote', voltage: '12V' },
    priceCents: [390, 2490],
    weightGrams: [150, 600],
    packageCm: { length: 16, width: 16, height: 5 },
    colours: ['RGB'],
  },
  {
    category: 'led-lighting',
    title: {
      en: 'Motion Sensor Night Light {spec}, Rechargeable',
      ru: 'Ночник с датчиком движения {spec}, аккумуляторный',
      pt: 'Luz Noturna com Sensor de Movimento {spec}, Recarregável',
      es: 'Luz Nocturna con Sensor de Movimiento {spec}, Recargable',
      fr: 'Veilleuse à Détecteur de Mouvement {spec}, Rechargeable',
    },
    description: {
      en: 'Wireless {spec} LED light that switches on when you walk by. Magnetic mounting, USB-C charging.',
      ru: 'Беспроводной светильник {spec}, включается при движении. Магнитное крепление, зарядка USB-C.',
      pt: 'Luz LED sem fio {spec} que acende quando você passa. Fixação magnética, carregamento USB-C.',
      es: 'Luz LED inalámbrica {spec} que se enciende al pasar. Montaje magnético, carga USB-C.',
      fr: 'Lampe LED sans fil {spec} qui s’allume à votre passage. Fixation magnétique, charge USB-C.',
    },
    specs: ['20cm', '30cm', '40cm', '60cm'],
    attributes: { sensor: 'PIR motion + light', battery: '1000 mAh', mounting: 'Magnetic strip' },
    priceCents: [350, 1490],
    weightGrams: [90, 260],
    packageCm: { length: 42, width: 6, height: 3 },
    colours: ['Warm White', 'Cool White', 'Neutral White'],
  },
  {
    category: 'led-lighting',
    title: {
      en: 'Smart LED Bulb {spec} E27 Wi-Fi, Works with Alexa',
      ru: 'Умная светодиодная лампа {spec} E27 Wi-Fi, работает с Алисой',
      pt: 'Lâmpada LED Inteligente {spec} E27 Wi-Fi, Compatível com Alexa',
      es: 'Bombilla LED Inteligente {spec} E27 Wi-Fi, Compatible con Alexa',
      fr: 'Ampoule LED Connectée {spec} E27 Wi-Fi, Compatible Alexa',
    },
    description: {
      en: '{spec} smart bulb, dimmable RGB + CCT, schedules and scenes in the Tuya app, voice control.',
      ru: 'Умная лампа {spec}, RGB и регулировка температуры, расписания и сцены в приложении Tuya, голосовое управление.',
      pt: 'Lâmpada inteligente {spec}, RGB + CCT, agendamentos e cenas no app Tuya, controle por voz.',
      es: 'Bombilla inteligente {spec}, RGB + CCT, horarios y escenas en la app Tuya, control por voz.',
      fr: 'Ampoule connectée {spec}, RGB + CCT, programmations et scènes dans l’app Tuya, commande vocale.',
    },
    specs: [watts('9'), watts('12'), watts('15')],
    attributes: { base: 'E27', protocol: 'Wi-Fi 2.4 GHz', app: 'Tuya / Smart Life' },
    priceCents: [450, 1290],
    weightGrams: [60, 110],
    packageCm: { length: 12, width: 7, height: 7 },
    colours: ['RGB+CCT'],
  },
  {
    category: 'led-lighting',
    title: {
      en: 'Solar Garden Lights {spec}, Waterproof',
      ru: 'Садовые светильники на солнечной батарее {spec}, водонепроницаемые',
      pt: 'Luminárias Solares de Jardim {spec}, À Prova d’Água',
      es: 'Luces Solares de Jardín {spec}, Impermeables',
      fr: 'Lampes Solaires de Jardin {spec}, Étanches',
    },
    description: {
      en: 'Set of solar path lights ({spec}), auto on at dusk, IP65, 8–10 hours of light on a full charge.',
      ru: 'Набор садовых фонарей на солнечной батарее ({spec}), автоматически включаются в сумерках, IP65, 8–10 часов света.',
      pt: 'Kit de luminárias solares ({spec}), acendem ao anoitecer, IP65, 8–10 horas de luz.',
      es: 'Juego de luces solares ({spec}), se encienden al anochecer, IP65, 8–10 horas de luz.',
      fr: 'Lot de lampes solaires ({spec}), allumage automatique au crépuscule, IP65, 8 à 10 h d’éclairage.',
    },
    specs: [pieces(4), pieces(6), pieces(8), pieces(12)],
    attributes: { waterproof: 'IP65', power: 'Solar', runtime: '8–10 h' },
    priceCents: [890, 3490],
    weightGrams: [400, 1400],
    packageCm: { length: 35, width: 20, height: 12 },
    colours: ['Warm White', 'RGB'],
  },
  {
    category: 'led-lighting',
    title: {
      en: 'LED Fairy Curtain Lights {spec} with Remote',
      ru: 'Светодиодная гирлянда-штора {spec} с пультом',
      pt: 'Cortina de Luzes LED {spec} com Controle Remoto',
      es: 'Cortina de Luces LED {spec} con Mando',
      fr: 'Rideau Lumineux LED {spec} avec Télécommande',
    },
    description: {
      en: 'Copper-wire curtain lights, {spec}, 8 modes, USB powered, for windows, bedrooms and New Year decoration.',
      ru: 'Гирлянда-штора на медной проволоке, {spec}, 8 режимов, питание от USB, для окон и новогоднего декора.',
      pt: 'Cortina de luzes em fio de cobre, {spec}, 8 modos, alimentação USB, para janelas e decoração de festas.',
      es: 'Cortina de luces de alambre de cobre, {spec}, 8 modos, alimentación USB, para ventanas y Navidad.',
      fr: 'Rideau lumineux en fil de cuivre, {spec}, 8 modes, alimentation USB, pour fenêtres et décorations de fêtes.',
    },
    specs: ['3x3m', '3x2m', '6x3m'],
    attributes: { leds: '300', power: 'USB 5V', modes: '8' },
    priceCents: [490, 1890],
    weightGrams: [180, 500],
    packageCm: { length: 18, width: 14, height: 6 },
    colours: ['Warm White', 'Multicolour', 'Cool White'],
  },
  {
    category: 'led-lighting',
    title: {
      en: 'Dimmable LED Desk Lamp {spec} with Wireless Charger',
      ru: 'Настольная LED лампа {spec} с беспроводной зарядкой',
      pt: 'Luminária de Mesa LED {spec} com Carregador Sem Fio',
      es: 'Lámpara de Escritorio LED {spec} con Cargador Inalámbrico',
      fr: 'Lampe de Bureau LED {spec} avec Chargeur Sans Fil',
    },
    description: {
      en: 'Eye-care desk lamp, {spec}, 5 colour temperatures, 10 brightness levels and a 10 W Qi pad in the base.',
      ru: 'Настольная лампа для глаз, {spec}, 5 цветовых температур, 10 уровней яркости и беспроводная зарядка 10 Вт в основании.',
      pt: 'Luminária de mesa, {spec}, 5 temperaturas de cor, 10 níveis de brilho e base com carregador Qi de 10 W.',
      es: 'Lámpara de escritorio, {spec}, 5 temperaturas de color, 10 niveles de brillo y cargador Qi de 10 W en la base.',
      fr: 'Lampe de bureau, {spec}, 5 températures de couleur, 10 niveaux de luminosité et chargeur Qi 10 W dans le socle.',
    },
    specs: [
      spec('Foldable', 'складная', 'Dobrável', 'Plegable', 'Pliable'),
      spec('Clip-on', 'на прищепке', 'com Presilha', 'con Pinza', 'à Pince'),
      spec('Touch Control', 'с сенсорным управлением', 'Touch', 'Táctil', 'Tactile'),
    ],
    attributes: { power: '12W', charger: 'Qi 10W', dimming: '10 levels' },
    priceCents: [1290, 3990],
    weightGrams: [500, 1100],
    packageCm: { length: 40, width: 15, height: 10 },
    colours: ['White', 'Black'],
  },
  // ── kids-smart-watches ────────────────────────────────────────────────────────────────────────────
  {
    category: 'kids-smart-watches',
    title: {
      en: 'Kids Smart Watch {spec} with GPS and SOS Call',
      ru: 'Детские умные часы {spec} с GPS и кнопкой SOS',
      pt: 'Relógio Inteligente Infantil {spec} com GPS e Chamada SOS',
      es: 'Reloj Inteligente para Niños {spec} con GPS y Llamada SOS',
      fr: 'Montre Connectée Enfant {spec} avec GPS et Appel SOS',
    },
    description: {
      en: '{spec} watch with a SIM slot: two-way calls, GPS/LBS location in the parent app, SOS button, geofence alerts.',
      ru: 'Часы {spec} со слотом для SIM: звонки, GPS/LBS-геолокация в приложении для родителей, кнопка SOS, геозоны.',
      pt: 'Relógio {spec} com slot para chip: chamadas, localização GPS/LBS no app dos pais, botão SOS, cerca virtual.',
      es: 'Reloj {spec} con ranura SIM: llamadas, localización GPS/LBS en la app de padres, botón SOS, geovallas.',
      fr: 'Montre {spec} avec emplacement SIM : appels, localisation GPS/LBS dans l’app parents, bouton SOS, zones de sécurité.',
    },
    specs: [
      '4G',
      '2G',
      spec('4G Video Call', '4G с видеозвонком', '4G Videochamada', '4G Videollamada', '4G Appel Vidéo'),
    ],
    attributes: {
      network: 'SIM (nano)',
      positioning: 'GPS + LBS + Wi-Fi',
      waterproof: 'IP67',
      app: 'SeTracker',
    },
    priceCents: [1590, 4990],
    weightGrams: [120, 200],
    packageCm: { length: 12, width: 9, height: 7 },
    colours: COLOURS_KIDS,
  },
  {
    category: 'kids-smart-watches',
    title: {
      en: 'Kids Camera Watch {spec} with Games and Music',
      ru: 'Детские часы с камерой {spec}, игры и музыка',
      pt: 'Relógio Infantil com Câmera {spec}, Jogos e Música',
      es: 'Reloj Infantil con Cámara {spec}, Juegos y Música',
      fr: 'Montre Enfant avec Appareil Photo {spec}, Jeux et Musique',
    },
    description: {
      en: 'No-SIM {spec} watch for ages 3–10: camera, 16 puzzle games, music player, alarm and pedometer.',
      ru: 'Часы {spec} без SIM для детей 3–10 лет: камера, 16 игр-головоломок, плеер, будильник и шагомер.',
      pt: 'Relógio {spec} sem chip para 3–10 anos: câmera, 16 jogos, player de música, alarme e pedômetro.',
      es: 'Reloj {spec} sin SIM para 3–10 años: cámara, 16 juegos, reproductor de música, alarma y podómetro.',
      fr: 'Montre {spec} sans SIM pour les 3–10 ans : appareil photo, 16 jeux, lecteur de musique, réveil et podomètre.',
    },
    specs: [
      spec('Dual Camera', 'с двумя камерами', 'Câmera Dupla', 'Doble Cámara', 'Double Caméra'),
      spec('1.54 inch', '1,54 дюйма', '1,54 pol.', '1,54 pulgadas', '1,54 pouce'),
      'MP3',
    ],
    attributes: { ages: '3–10', battery: '400 mAh', screen: 'IPS touch' },
    priceCents: [990, 2490],
    weightGrams: [90, 150],
    packageCm: { length: 11, width: 8, height: 6 },
    colours: COLOURS_KIDS,
  },
  {
    category: 'kids-smart-watches',
    title: {
      en: 'Silicone Replacement Strap {spec} for Kids Watch',
      ru: 'Силиконовый ремешок {spec} для детских часов',
      pt: 'Pulseira de Silicone {spec} para Relógio Infantil',
      es: 'Correa de Silicona {spec} para Reloj Infantil',
      fr: 'Bracelet en Silicone {spec} pour Montre Enfant',
    },
    description: {
      en: 'Soft hypoallergenic silicone strap, {spec}, quick-release pins, fits most kids smart watches.',
      ru: 'Мягкий гипоаллергенный силиконовый ремешок, {spec}, быстросъёмные штифты, подходит к большинству детских часов.',
      pt: 'Pulseira de silicone macia e hipoalergênica, {spec}, pinos de troca rápida.',
      es: 'Correa de silicona suave e hipoalergénica, {spec}, pasadores de cambio rápido.',
      fr: 'Bracelet en silicone doux et hypoallergénique, {spec}, barrettes à dégagement rapide.',
    },
    specs: ['16mm', '18mm', '20mm'],
    attributes: { material: 'Silicone', release: 'Quick-release pins' },
    priceCents: [149, 399],
    weightGrams: [15, 30],
    packageCm: { length: 14, width: 5, height: 2 },
    colours: COLOURS_KIDS,
  },
  {
    category: 'kids-smart-watches',
    title: {
      en: 'Kids Fitness Tracker {spec} Waterproof',
      ru: 'Детский фитнес-браслет {spec}, водонепроницаемый',
      pt: 'Pulseira Fitness Infantil {spec} À Prova d’Água',
      es: 'Pulsera de Actividad Infantil {spec} Resistente al Agua',
      fr: 'Bracelet d’Activité Enfant {spec} Étanche',
    },
    description: {
      en: 'Activity tracker for children, {spec}, step goals, sleep tracking, reward animations, 7-day battery.',
      ru: 'Фитнес-браслет для детей, {spec}, цели по шагам, отслеживание сна, награды, до 7 дней работы.',
      pt: 'Pulseira de atividades para crianças, {spec}, metas de passos, sono, bateria de 7 dias.',
      es: 'Pulsera de actividad para niños, {spec}, metas de pasos, sueño, batería de 7 días.',
      fr: 'Bracelet d’activité pour enfants, {spec}, objectifs de pas, suivi du sommeil, 7 jours d’autonomie.',
    },
    specs: [
      'IP68',
      spec('Heart Rate', 'с пульсометром', 'com Frequência Cardíaca', 'con Pulsómetro', 'Cardio'),
      spec('Colour Screen', 'с цветным экраном', 'Tela Colorida', 'Pantalla a Color', 'Écran Couleur'),
    ],
    attributes: { waterproof: 'IP68', battery: '7 days' },
    priceCents: [790, 1990],
    weightGrams: [40, 80],
    packageCm: { length: 11, width: 7, height: 4 },
    colours: COLOURS_KIDS,
  },
  // ── kitchen-tools ─────────────────────────────────────────────────────────────────────────────────
  {
    category: 'kitchen-tools',
    title: {
      en: 'Stainless Steel Vegetable Chopper {spec}',
      ru: 'Овощерезка из нержавеющей стали {spec}',
      pt: 'Cortador de Legumes em Aço Inox {spec}',
      es: 'Picador de Verduras de Acero Inoxidable {spec}',
      fr: 'Coupe-Légumes en Acier Inoxydable {spec}',
    },
    description: {
      en: 'Multi-blade chopper ({spec}) for dicing onions, potatoes and salads; container catches the pieces.',
      ru: 'Овощерезка ({spec}) для нарезки лука, картофеля и салатов кубиками; контейнер собирает нарезку.',
      pt: 'Cortador ({spec}) para picar cebola, batata e saladas; recipiente coleta os pedaços.',
      es: 'Picador ({spec}) para cortar en dados cebolla, patata y ensaladas; el recipiente recoge los trozos.',
      fr: 'Coupe-légumes ({spec}) pour couper oignons, pommes de terre et salades en dés ; bac de récupération.',
    },
    specs: [inOne(14), inOne(22), spec('8 Blades', '8 лезвий', '8 Lâminas', '8 Cuchillas', '8 Lames')],
    attributes: { material: 'Stainless steel + ABS', dishwasher: 'Yes' },
    priceCents: [590, 1890],
    weightGrams: [500, 1200],
    packageCm: { length: 28, width: 14, height: 12 },
    colours: ['Green', 'Grey', 'White'],
  },
  {
    category: 'kitchen-tools',
    title: {
      en: 'Silicone Kitchen Utensil Set {spec}',
      ru: 'Набор силиконовых кухонных принадлежностей {spec}',
      pt: 'Kit de Utensílios de Cozinha em Silicone {spec}',
      es: 'Juego de Utensilios de Cocina de Silicona {spec}',
      fr: 'Set d’Ustensiles de Cuisine en Silicone {spec}',
    },
    description: {
      en: 'Heat-resistant (230 °C) silicone utensils with wooden handles, {spec}, safe for non-stick pans.',
      ru: 'Термостойкие (230 °C) силиконовые принадлежности с деревянными ручками, {spec}, не царапают антипригарное покрытие.',
      pt: 'Utensílios de silicone resistentes a 230 °C com cabos de madeira, {spec}, não riscam panelas.',
      es: 'Utensilios de silicona resistentes a 230 °C con mangos de madera, {spec}, no rayan las sartenes.',
      fr: 'Ustensiles en silicone résistants à 230 °C, manches en bois, {spec}, sans danger pour les poêles antiadhésives.',
    },
    specs: [pieces(12), pieces(5), pieces(33)],
    attributes: { material: 'Food-grade silicone + wood', heatResistance: '230 °C' },
    priceCents: [690, 2990],
    weightGrams: [400, 1500],
    packageCm: { length: 36, width: 18, height: 9 },
    colours: COLOURS_HOME,
  },
  {
    category: 'kitchen-tools',
    title: {
      en: 'Digital Kitchen Scale {spec}',
      ru: 'Электронные кухонные весы {spec}',
      pt: 'Balança Digital de Cozinha {spec}',
      es: 'Báscula Digital de Cocina {spec}',
      fr: 'Balance de Cuisine Numérique {spec}',
    },
    description: {
      en: 'Precise kitchen scale, {spec}, tare function, g/oz/ml, backlit display, USB rechargeable.',
      ru: 'Точные кухонные весы, {spec}, функция тары, г/унции/мл, подсветка, зарядка по USB.',
      pt: 'Balança de cozinha precisa, {spec}, função tara, g/oz/ml, visor iluminado.',
      es: 'Báscula de cocina precisa, {spec}, función tara, g/oz/ml, pantalla retroiluminada.',
      fr: 'Balance de cuisine précise, {spec}, fonction tare, g/oz/ml, écran rétroéclairé.',
    },
    specs: ['5kg/1g', '10kg/1g', '3kg/0.1g'],
    attributes: { power: 'USB rechargeable', units: 'g / oz / ml / lb' },
    priceCents: [490, 1490],
    weightGrams: [300, 700],
    packageCm: { length: 22, width: 18, height: 4 },
    colours: ['White', 'Black', 'Bamboo'],
  },
  {
    category: 'kitchen-tools',
    title: {
      en: 'Reusable Silicone Food Storage Bags {spec}',
      ru: 'Многоразовые силиконовые пакеты для хранения продуктов {spec}',
      pt: 'Sacos de Silicone Reutilizáveis para Alimentos {spec}',
      es: 'Bolsas de Silicona Reutilizables para Alimentos {spec}',
      fr: 'Sacs de Conservation Réutilisables en Silicone {spec}',
    },
    description: {
      en: 'Leak-proof food bags, {spec}, freezer, microwave and dishwasher safe, BPA-free.',
      ru: 'Герметичные пакеты для продуктов, {spec}, можно в морозилку, микроволновку и посудомойку, без BPA.',
      pt: 'Sacos herméticos, {spec}, podem ir ao freezer, micro-ondas e lava-louças, sem BPA.',
      es: 'Bolsas herméticas, {spec}, aptas para congelador, microondas y lavavajillas, sin BPA.',
      fr: 'Sacs étanches, {spec}, compatibles congélateur, micro-ondes et lave-vaisselle, sans BPA.',
    },
    specs: [pieces(6), pieces(10), pieces(4)],
    attributes: { material: 'Food-grade silicone', bpaFree: 'Yes' },
    priceCents: [690, 1990],
    weightGrams: [300, 900],
    packageCm: { length: 25, width: 20, height: 5 },
    colours: ['Multicolour', 'Clear'],
  },
  {
    category: 'kitchen-tools',
    title: {
      en: 'Electric Milk Frother {spec}',
      ru: 'Электрический вспениватель молока {spec}',
      pt: 'Mixer Elétrico para Espumar Leite {spec}',
      es: 'Espumador de Leche Eléctrico {spec}',
      fr: 'Mousseur à Lait Électrique {spec}',
    },
    description: {
      en: 'Handheld frother, {spec}, makes foam for cappuccino and latte in 15 seconds, stainless whisk.',
      ru: 'Ручной вспениватель, {spec}, пена для капучино и латте за 15 секунд, венчик из нержавеющей стали.',
      pt: 'Espumador portátil, {spec}, espuma para cappuccino e latte em 15 segundos.',
      es: 'Espumador de mano, {spec}, espuma para capuchino y latte en 15 segundos.',
      fr: 'Mousseur à main, {spec}, mousse pour cappuccino et latte en 15 secondes.',
    },
    specs: [
      spec('USB Rechargeable', 'с зарядкой от USB', 'Recarregável USB', 'Recargable USB', 'Rechargeable USB'),
      spec('3 Speeds', '3 скорости', '3 Velocidades', '3 Velocidades', '3 Vitesses'),
      spec('with Stand', 'с подставкой', 'com Suporte', 'con Soporte', 'avec Support'),
    ],
    attributes: { power: 'USB-C', whisk: 'Stainless steel' },
    priceCents: [390, 1290],
    weightGrams: [100, 250],
    packageCm: { length: 25, width: 6, height: 6 },
    colours: ['Black', 'White', 'Silver', 'Pink'],
  },
  // ── womens-clothing ───────────────────────────────────────────────────────────────────────────────
  {
    category: 'womens-clothing',
    title: {
      en: 'Women’s Oversized Knit Sweater {spec}',
      ru: 'Женский вязаный свитер оверсайз {spec}',
      pt: 'Suéter Feminino de Tricô Oversized {spec}',
      es: 'Jersey de Punto Oversize para Mujer {spec}',
      fr: 'Pull en Maille Oversize Femme {spec}',
    },
    description: {
      en: 'Cosy oversized sweater, {spec}, soft acrylic-wool blend, dropped shoulders. Runs large: see the size chart.',
      ru: 'Уютный свитер оверсайз, {spec}, мягкая смесь акрила и шерсти, спущенное плечо. Большемерит — смотрите таблицу размеров.',
      pt: 'Suéter oversized aconchegante, {spec}, mistura macia de acrílico e lã. Veste grande: veja a tabela de medidas.',
      es: 'Jersey oversize acogedor, {spec}, mezcla suave de acrílico y lana. Talla grande: consulte la tabla de tallas.',
      fr: 'Pull oversize douillet, {spec}, mélange doux acrylique-laine. Taille grand : voir le guide des tailles.',
    },
    specs: [
      spec('Turtleneck', 'с высоким горлом', 'Gola Alta', 'Cuello Alto', 'Col Roulé'),
      spec('V-Neck', 'с V-образным вырезом', 'Decote V', 'Cuello de Pico', 'Col V'),
      spec('Cable Knit', 'с косами', 'Tricô Trançado', 'de Ochos', 'Torsadé'),
    ],
    attributes: { material: '70% acrylic, 30% wool', season: 'Autumn / Winter', fit: 'Oversized' },
    priceCents: [1290, 3490],
    weightGrams: [350, 600],
    packageCm: { length: 30, width: 25, height: 5 },
    colours: COLOURS_FASHION,
    sizes: CLOTHING_SIZES,
  },
  {
    category: 'womens-clothing',
    title: {
      en: 'Women’s Summer Floral Dress {spec}',
      ru: 'Женское летнее платье в цветочек {spec}',
      pt: 'Vestido Floral Feminino de Verão {spec}',
      es: 'Vestido Floral de Verano para Mujer {spec}',
      fr: 'Robe d’Été Fleurie Femme {spec}',
    },
    description: {
      en: 'Light chiffon dress, {spec}, elastic waist, lined skirt. Model is 170 cm and wears size S.',
      ru: 'Лёгкое шифоновое платье, {spec}, эластичная талия, юбка на подкладке. Рост модели 170 см, размер S.',
      pt: 'Vestido leve de chiffon, {spec}, cintura elástica, saia forrada. A modelo tem 1,70 m e veste P.',
      es: 'Vestido ligero de gasa, {spec}, cintura elástica, falda forrada. La modelo mide 170 cm y usa la talla S.',
      fr: 'Robe légère en mousseline, {spec}, taille élastique, jupe doublée. Le mannequin mesure 170 cm et porte du S.',
    },
    specs: [
      spec('Midi', 'миди', 'Midi', 'Midi', 'Midi'),
      spec('Maxi', 'макси', 'Longo', 'Largo', 'Longue'),
      spec('Short Sleeve', 'с коротким рукавом', 'Manga Curta', 'de Manga Corta', 'Manches Courtes'),
      spec('Wrap', 'на запах', 'Transpassado', 'Cruzado', 'Portefeuille'),
    ],
    attributes: { material: 'Chiffon', season: 'Summer' },
    priceCents: [990, 2990],
    weightGrams: [200, 350],
    packageCm: { length: 28, width: 22, height: 3 },
    colours: ['Blue Floral', 'Pink Floral', 'White Floral', 'Black Floral'],
    sizes: CLOTHING_SIZES,
  },
  {
    category: 'womens-clothing',
    title: {
      en: 'Women’s High-Waist Wide Leg Trousers {spec}',
      ru: 'Женские широкие брюки с высокой талией {spec}',
      pt: 'Calça Pantalona Feminina de Cintura Alta {spec}',
      es: 'Pantalón de Pierna Ancha de Tiro Alto para Mujer {spec}',
      fr: 'Pantalon Large Taille Haute Femme {spec}',
    },
    description: {
      en: 'Flowing wide-leg trousers, {spec}, high waist with pleats, side pockets, for office and casual wear.',
      ru: 'Струящиеся широкие брюки, {spec}, высокая талия со складками, боковые карманы, для офиса и повседневной носки.',
      pt: 'Calça pantalona fluida, {spec}, cintura alta com pregas, bolsos laterais.',
      es: 'Pantalón fluido de pierna ancha, {spec}, tiro alto con pinzas, bolsillos laterales.',
      fr: 'Pantalon large et fluide, {spec}, taille haute à pinces, poches latérales.',
    },
    specs: [
      spec('Linen Blend', 'из смесового льна', 'Mistura de Linho', 'Mezcla de Lino', 'Lin Mélangé'),
      spec('Suit Fabric', 'костюмные', 'Alfaiataria', 'de Vestir', 'Tailleur'),
      spec('Corduroy', 'вельветовые', 'Veludo Cotelê', 'de Pana', 'Velours Côtelé'),
    ],
    attributes: { fit: 'Wide leg', waist: 'High' },
    priceCents: [1190, 2990],
    weightGrams: [300, 550],
    packageCm: { length: 30, width: 25, height: 4 },
    colours: COLOURS_FASHION,
    sizes: CLOTHING_SIZES,
  },
];
