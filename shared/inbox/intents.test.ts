import { describe, expect, it } from 'vitest';
import type { BuyerLanguage } from '@shared/domain/types';
import { detectIntents, intentSegments, primaryIntent, type Intent } from './intents';

const cases: [BuyerLanguage, string, Intent][] = [
  // Russian, inflected forms and ё/й folded.
  ['ru', 'Здравствуйте! Где моя посылка? Жду уже месяц', 'where-is-order'],
  ['ru', 'Посылку так и не получил, трек не обновляется две недели', 'not-received'],
  ['ru', 'Заказ до сих пор не пришёл', 'not-received'],
  ['ru', 'Платье маловато, не подошло по размеру. Можно обменять?', 'wrong-size'],
  ['ru', 'Чехол пришёл разбитым, экран поцарапанный', 'damaged'],
  ['ru', 'Зарядка не работает совсем, брак', 'not-working'],
  ['ru', 'Верните, пожалуйста, деньги за заказ', 'refund'],
  ['ru', 'Хочу отменить заказ, передумал', 'cancel'],
  ['ru', 'Посылка застряла на таможне, просят пошлину', 'customs'],
  ['ru', 'Если возьму пять штук, сделаете скидку?', 'discount'],
  ['ru', 'Всё пришло, большое спасибо!', 'thanks'],
  ['ru', 'Прислали не тот цвет, я заказывала синий', 'wrong-item'],
  ['ru', 'Нужно поменять адрес доставки', 'address-change'],
  // Portuguese as buyers type it: no accents.
  ['pt', 'Ola, cade meu pedido? Ja faz 20 dias', 'where-is-order'],
  ['pt', 'Ainda nao recebi o produto', 'not-received'],
  ['pt', 'Não recebi nada até agora', 'not-received'],
  ['pt', 'Veio quebrado, a caixa toda amassada', 'damaged'],
  ['pt', 'Quero o reembolso do meu dinheiro', 'refund'],
  ['pt', 'Meu pacote foi taxado na alfandega, quem paga a taxa?', 'customs'],
  ['pt', 'Ficou pequeno, nao serviu', 'wrong-size'],
  ['pt', 'O fone nao funciona, parou de funcionar no segundo dia', 'not-working'],
  ['pt', 'Tem desconto se eu comprar 3?', 'discount'],
  ['pt', 'Chegou tudo certo, obrigado!', 'thanks'],
  ['en', "Where is my order? It's been three weeks", 'where-is-order'],
  ['en', "I still haven't received my package", 'not-received'],
  ['en', 'The shoes are too small, can I exchange them?', 'wrong-size'],
  ['en', 'The glass arrived cracked', 'damaged'],
  ['en', 'I want a refund please', 'refund'],
  ['en', 'Can you give me a discount for two?', 'discount'],
  ['en', 'Received it today, thank you so much!', 'thanks'],
  ['en', 'I have to pay customs fees, this was not mentioned', 'customs'],
  ['es', '¿Dónde está mi pedido? Ya pasó un mes', 'where-is-order'],
  ['es', 'Todavía no he recibido nada', 'not-received'],
  ['es', 'La talla es muy pequeña, no me queda', 'wrong-size'],
  ['es', 'El producto llegó roto', 'damaged'],
  ['es', 'Quiero un reembolso', 'refund'],
  ['es', 'Me cobraron impuestos en la aduana', 'customs'],
  ['es', '¡Muchas gracias, me encanta!', 'thanks'],
  ['fr', 'Bonjour, où est ma commande ?', 'where-is-order'],
  ['fr', "Je n'ai toujours pas reçu mon colis", 'not-received'],
  ['fr', 'Le produit est arrivé cassé', 'damaged'],
  ['fr', 'Je voudrais être remboursé', 'refund'],
  ['fr', 'La robe est trop petite', 'wrong-size'],
  ['fr', 'Je dois payer la douane ?', 'customs'],
  ['fr', 'Merci beaucoup, parfait !', 'thanks'],
];

describe('detectIntents', () => {
  it.each(cases)('%s: %s → %s', (language, text, intent) => {
    expect(primaryIntent(text, language)?.intent).toBe(intent);
  });

  it('highlights the original words, accents and case kept', () => {
    const text = 'Посылку так и не получил';
    const [hit] = detectIntents(text, 'ru');
    const marked = intentSegments(text, [hit!])
      .filter((s) => s.match)
      .map((s) => s.text);
    expect(marked.join(' ')).toContain('не получил');
    const pt = 'NÃO RECEBI o pedido';
    const segments = intentSegments(pt, detectIntents(pt, 'pt'));
    expect(segments.find((s) => s.match)?.text).toBe('NÃO RECEBI');
    expect(segments.map((s) => s.text).join('')).toBe(pt);
  });

  it('is more confident when more of the rules agree, and silent on small talk', () => {
    const one = primaryIntent('Где посылка?', 'ru')!;
    const two = primaryIntent('Где моя посылка? Когда придет? Трек не работает', 'ru')!;
    expect(two.confidence).toBeGreaterThan(one.confidence);
    expect(detectIntents('Добрый день', 'ru')).toEqual([]);
    expect(detectIntents('Hello', 'en')).toEqual([]);
  });

  it('does not match inside a word', () => {
    expect(detectIntents('Recancelled? no: uncanceled', 'en').some((h) => h.intent === 'cancel')).toBe(false);
  });
});
