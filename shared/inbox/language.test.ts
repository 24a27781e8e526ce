import { describe, expect, it } from 'vitest';
import type { BuyerLanguage } from '@shared/domain/types';
import { detectLanguage } from './language';

/** Short buyer messages as they arrive, typos and missing accents included. */
const SAMPLES: Record<BuyerLanguage, string[]> = {
  en: [
    'where is my order',
    'Hi, when will it arrive?',
    'I have not received my package',
    'Thanks, got it!',
    'The size is too small',
    'Can I get a refund?',
    'Is this in stock?',
    'tracking number please',
    'it is broken',
    'Hello, any update?',
    'hello',
    'my parcel is lost',
    'Wrong color sent',
    'How long is shipping to UK?',
    'does it fit iphone 15?',
    'ok thanks',
    'Please help',
    'I opened a dispute',
    'very good seller',
    'when do you ship',
  ],
  ru: [
    'Где мой заказ?',
    'Здравствуйте, когда придёт посылка?',
    'Спасибо!',
    'Размер не подошёл',
    'Трек не отслеживается',
    'Хочу вернуть деньги',
    'есть в наличии?',
    'привет',
    'Товар сломан',
    'Какой размер выбрать?',
    'Добрый день',
    'посылка потерялась',
    'Прислали не тот цвет',
    'Сколько идёт доставка?',
    'подойдёт на айфон 15?',
    'ок спасибо',
    'помогите пожалуйста',
    'открыл спор',
    'отличный продавец',
    'когда отправите',
  ],
  pt: [
    'Olá, cadê meu pedido?',
    'Quando vai chegar?',
    'Obrigado!',
    'Não recebi meu produto',
    'O tamanho ficou pequeno',
    'Quero reembolso',
    'Tem em estoque?',
    'código de rastreio por favor',
    'veio quebrado',
    'Bom dia, alguma novidade?',
    'oi',
    'minha encomenda sumiu',
    'Veio a cor errada',
    'Quanto tempo demora o frete?',
    'serve no iphone 15?',
    'ok obrigada',
    'me ajuda por favor',
    'abri uma disputa',
    'vendedor muito bom',
    'quando vocês enviam',
  ],
  es: [
    '¿Dónde está mi pedido?',
    'Hola, ¿cuándo llega?',
    '¡Gracias!',
    'No he recibido mi paquete',
    'La talla es pequeña',
    'Quiero un reembolso',
    '¿Hay stock?',
    'número de seguimiento por favor',
    'llegó roto',
    'Buenas, ¿alguna novedad?',
    'hola',
    'mi paquete se perdió',
    'Me enviaron el color equivocado',
    '¿Cuánto tarda el envío?',
    '¿sirve para iphone 15?',
    'vale gracias',
    'ayuda por favor',
    'abrí una disputa',
    'muy buen vendedor',
    'cuándo envían',
  ],
  fr: [
    'Où est ma commande ?',
    'Bonjour, quand arrivera mon colis ?',
    'Merci beaucoup !',
    "Je n'ai pas reçu mon colis",
    'La taille est trop petite',
    'Je veux être remboursé',
    'Est-ce disponible ?',
    'numéro de suivi svp',
    'il est cassé',
    'Bonjour, des nouvelles ?',
    'bonjour',
    'mon colis est perdu',
    "J'ai reçu la mauvaise couleur",
    'Combien de temps pour la livraison ?',
    "ça va sur l'iphone 15 ?",
    "d'accord merci",
    "aidez-moi s'il vous plaît",
    "j'ai ouvert un litige",
    'très bon vendeur',
    'quand expédiez-vous',
  ],
};

/** Written after the keyword lists, to check they are not just memorised. */
const UNSEEN: Record<BuyerLanguage, string[]> = {
  en: [
    'package arrived damaged',
    'need a bigger size',
    'why is it so slow',
    'can you send another one',
    'the charger does not work',
  ],
  ru: [
    'Заказ пришёл пустой',
    'верните деньги',
    'а когда будет?',
    'Спасибо, всё пришло',
    'не работает зарядка',
  ],
  pt: [
    'o carregador não funciona',
    'chegou vazio',
    'preciso de um tamanho maior',
    'por que está demorando tanto?',
    'pode mandar outro?',
  ],
  es: [
    'el cargador no funciona',
    'llegó vacío',
    'necesito una talla más grande',
    '¿por qué tarda tanto?',
    '¿me pueden mandar otro?',
  ],
  fr: [
    'le chargeur ne marche pas',
    'le colis est arrivé vide',
    "j'ai besoin d'une taille plus grande",
    'pourquoi si long ?',
    'pouvez-vous en renvoyer un ?',
  ],
};

function accuracy(samples: Record<BuyerLanguage, string[]>) {
  let right = 0;
  let total = 0;
  const wrong: string[] = [];
  const perLanguage: Partial<Record<BuyerLanguage, number>> = {};
  for (const [lang, texts] of Object.entries(samples) as [BuyerLanguage, string[]][]) {
    let ok = 0;
    for (const text of texts) {
      const guess = detectLanguage(text);
      if (guess.language === lang) ok += 1;
      else wrong.push(`${lang}: "${text}" → ${guess.language} (${guess.confidence})`);
    }
    perLanguage[lang] = ok / texts.length;
    right += ok;
    total += texts.length;
  }
  return { overall: right / total, perLanguage, wrong };
}

describe('detectLanguage', () => {
  it('recognises the brief’s examples', () => {
    expect(detectLanguage('Где мой заказ?').language).toBe('ru');
    expect(detectLanguage('Olá, cadê meu pedido?').language).toBe('pt');
    expect(detectLanguage('¿Dónde está mi pedido?').language).toBe('es');
    expect(detectLanguage('Où est ma commande ?').language).toBe('fr');
    expect(detectLanguage('where is my order').language).toBe('en');
  });

  it('is at least 90 % right on short messages, in every language', () => {
    const result = accuracy(SAMPLES);
    expect(result.overall, result.wrong.join('\n')).toBeGreaterThanOrEqual(0.9);
    for (const share of Object.values(result.perLanguage)) expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it('is at least 90 % right on messages the keyword lists were not written from', () => {
    const result = accuracy(UNSEEN);
    expect(result.overall, result.wrong.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('returns the fallback with zero confidence when there is nothing to read', () => {
    expect(detectLanguage('12345 !!!')).toEqual({ language: 'en', confidence: 0 });
    expect(detectLanguage('👍', 'pt')).toEqual({ language: 'pt', confidence: 0 });
  });

  it('is confident on clear text and less so on a single ambiguous word', () => {
    expect(detectLanguage('Здравствуйте').confidence).toBeGreaterThan(0.9);
    expect(detectLanguage('Bonjour, je n’ai toujours pas reçu ma commande.').confidence).toBeGreaterThan(0.6);
    const ok = detectLanguage('ok');
    expect(ok.confidence).toBeLessThan(0.9);
  });
});
