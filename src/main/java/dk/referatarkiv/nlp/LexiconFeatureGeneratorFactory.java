package dk.referatarkiv.nlp;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Lets an OpenNLP feature-generator descriptor name {@link LexiconFeatureGenerator}; the descriptor is stored in the
 * POS model, so the same features are computed when the model is loaded.
 */
public final class LexiconFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    @Override
    public AdaptiveFeatureGenerator create() {
        return new LexiconFeatureGenerator();
    }
}
