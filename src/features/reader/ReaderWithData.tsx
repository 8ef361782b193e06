import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { getAnalysis, getArticle, setTokenChoice } from '../../db/articles';
import { href } from '../../app/router';
import { ReaderView } from './ReaderView';

export function ReaderWithData({ articleId }: { articleId: number }) {
  const { t } = useTranslation('reader');
  const data = useLiveQuery(async () => {
    const [article, analysis] = await Promise.all([getArticle(articleId), getAnalysis(articleId)]);
    return { article, analysis };
  }, [articleId]);

  if (!data) return <p role="status">{t('loading')}</p>;
  if (!data.article || !data.analysis)
    return (
      <section>
        <h1>{t('notFound')}</h1>
        <a href={href({ name: 'library' })}>{t('back')}</a>
      </section>
    );
  return (
    <ReaderView
      article={data.article}
      analysis={data.analysis}
      onChooseCandidate={(tokenIndex, candidateIndex) => void setTokenChoice(articleId, tokenIndex, candidateIndex)}
    />
  );
}
