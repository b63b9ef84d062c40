import { describe, expect, it } from 'vitest';
import { createActorRegistry } from './index.ts';

/** The learned people and bodies after reading `paragraphs`, as [name, kind, role]. */
function learned(...paragraphs: string[]) {
  const registry = createActorRegistry();
  for (const p of paragraphs) registry.learn(p);
  for (const p of paragraphs) registry.find(p);
  return { registry, actors: registry.actors().filter((a) => a.origin === 'text') };
}

describe('English military ranks before a name', () => {
  it.each([
    ['Two days later, Gen. Abdourahamane Tchiani declared himself head of state.', 'Abdourahamane Tchiani', 'General'],
    ['Lt. Gen. Mohamed Toumba, the army chief, said', 'Mohamed Toumba', 'Lieutenant General'],
    ['Maj. Gen. Patrick Ryder told reporters', 'Patrick Ryder', 'Major General'],
    ['Brig. Gen. Mohamed Toumba said', 'Mohamed Toumba', 'Brigadier General'],
    ['“We will act,” Col. Maj. Amadou Abdramane said on television.', 'Amadou Abdramane', 'Colonel Major'],
    ['Col. Assimi Goita took power', 'Assimi Goita', 'Colonel'],
    ['Lt. Col. Paul-Henri Damiba seized power', 'Paul-Henri Damiba', 'Lieutenant Colonel'],
    ['Capt. Ibrahim Traore said', 'Ibrahim Traore', 'Captain'],
    ['Adm. John Aquilino warned', 'John Aquilino', 'Admiral'],
    ['General Mahamat Deby spoke', 'Mahamat Deby', 'General'],
  ])('%s → %s (%s)', (text, name, role) => {
    const { actors } = learned(text);
    expect(actors.map((a) => [a.name, a.kind, a.roles?.map((r) => r.en)])).toEqual([[name, 'person', [role]]]);
  });

  it('finds the person by the family name in a lower-case headline', () => {
    const { registry } = learned('Gen. Abdourahamane Tchiani declared himself head of state.');
    expect(registry.find('Niger general Tchiani declares himself head of government').map((m) => m.text)).toEqual(['Niger', 'Tchiani']);
  });

  it.each([
    ['Several major Western Powers condemned the coup.'],
    ['The general Strike Committee met.'],
    ['A captain Jack Sparrow costume'],
  ])('learns nobody from a rank word written in lower case: %s', (text) => {
    expect(learned(text).actors).toEqual([]);
  });
});

describe('English bodies introduced with their acronym', () => {
  it('learns an unknown body under both spellings, as one mention when written together', () => {
    const text = 'Leaders of the Southern African Development Community (SADC) met on Sunday.';
    const { registry, actors } = learned(text);
    expect(actors.map((a) => [a.name, a.kind, a.aliases])).toEqual([['Southern African Development Community', 'organisation', ['SADC']]]);
    expect(registry.find(text).map((m) => m.text)).toEqual(['Southern African Development Community']);
    expect(registry.find('SADC said').map((m) => m.actorId)).toEqual([actors[0]!.id]);
  });

  it('finds a gazetteer body by either spelling, once', () => {
    const text = 'leaders of the Economic Community of West African States (ECOWAS) imposed sanctions';
    const { registry, actors } = learned(text);
    expect(actors).toEqual([]);
    expect(registry.find(text).map((m) => m.actorId)).toEqual(['ecowas']);
  });

  it('gives a known acronym its long name', () => {
    const { registry } = learned('the Gulf Cooperation Council (GCC) said');
    expect(registry.find('the Gulf Cooperation Council met').map((m) => m.actorId)).toEqual(['gcc']);
  });
});

describe('Chinese and Japanese names after a title', () => {
  it.each([
    // A Japanese title, and a family name (坂) that is no Chinese surname (岸信夫, 松野博一 are in the gazetteer now).
    ['日本防衛大臣坂口守4日晚間召開臨時記者會說', '坂口守', 'Defence Minister'],
    ['日本官房长官森山博一表示', '森山博一', 'Chief Cabinet Secretary'],
    // A common surname with an ending transliterations use too.
    ['國防安全研究院助理研究員李哲維接受中央社訪問時表示', '李哲维', 'Researcher'],
  ])('%s → %s (%s)', (text, zh, role) => {
    const { actors } = learned(text);
    expect(actors.map((a) => [a.names['zh-Hans'], a.kind, a.roles?.map((r) => r.en)])).toEqual([[zh, 'person', [role]]]);
  });

  it.each([
    // 宣 is a surname, but 宣布 is the verb after the title.
    ['仰光多家公立医院的医生和护士宣布停止为军政府工作'],
    ['发言人表示，部长强调合作'],
    // An acronym in brackets also abbreviates areas, laws and figures.
    ['5枚飛彈落入日本專屬經濟海域（EEZ）'],
    ['国内生产总值（GDP）增长3%'],
  ])('learns nobody from %s', (text) => {
    expect(learned(text).actors).toEqual([]);
  });
});

describe('Hong Kong police ranks before a Chinese name', () => {
  it.each([
    ['国安处高级警司李桂华当天在记者会上称', '李桂华', 'Senior Superintendent'],
    ['警方总警司黄伟文表示', '黄伟文', 'Chief Superintendent'],
  ])('%s → %s (%s)', (text, zh, role) => {
    const { actors } = learned(text);
    expect(actors.map((a) => [a.names['zh-Hans'], a.kind, a.roles?.map((r) => r.en)])).toEqual([[zh, 'person', [role]]]);
  });
});
