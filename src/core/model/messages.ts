import { defineMessages } from '../message';

/** What the model catalogue says when a formula names a model or scale it cannot use. */
export const catalogueMessages = defineMessages({
  unknownModel: {
    en: (id: string, known: string) => `There is no model "${id}"; the known models are ${known}.`,
    zh: (id: string, known: string) => `没有模型"${id}";已知模型为:${known}。`,
  },
  unknownScale: {
    en: (id: string, known: string) => `There is no scale or model "${id}"; the known ones are ${known}.`,
    zh: (id: string, known: string) => `没有量表或模型"${id}";已知的有:${known}。`,
  },
  pointsModelGiven: {
    en: (id: string) => `The model "${id}" is a points model; this needs a level-based model.`,
    zh: (id: string) => `模型"${id}"是积分制模型;此处需要分级模型。`,
  },
  levelModelGiven: {
    en: (id: string, pointsModel: string) => `The model "${id}" is a level-based model; this needs a points model such as ${pointsModel}.`,
    zh: (id: string, pointsModel: string) => `模型"${id}"是分级模型;此处需要积分制模型,例如 ${pointsModel}。`,
  },
});
